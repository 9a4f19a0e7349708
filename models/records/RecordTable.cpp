#include "RecordTable.h"

#include <QDate>

namespace sinergi::recordtable {

QString tableName(const QString &datasetId)
{
    return u"rec_"_qs + datasetId;
}

QByteArray quoted(const QString &identifier)
{
    return '"' + identifier.toUtf8() + '"';
}

const char *sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Bool: return "INTEGER";
    case FieldType::Decimal: return "REAL";
    default: return "TEXT";
    }
}

QByteArray createTableSql(const DatasetTemplate &tpl)
{
    QByteArray sql = "CREATE TABLE " + quoted(tableName(tpl.id())) + " (\n  _id INTEGER PRIMARY KEY";
    for (const FieldDef &f : tpl.fields())
        sql += ",\n  " + quoted(f.name) + ' ' + sqlType(f.type);
    sql += ",\n  _deleted INTEGER NOT NULL DEFAULT 0"
           ",\n  _version INTEGER NOT NULL DEFAULT 1"
           ",\n  _created_at TEXT NOT NULL"
           ",\n  _updated_at TEXT NOT NULL"
           ",\n  _updated_by TEXT NOT NULL"
           ",\n  _import_id INTEGER\n)";
    return sql;
}

QStringList indexNames(const DatasetTemplate &tpl)
{
    QStringList names{tableName(tpl.id()) + u"_nk"_qs};
    for (qsizetype i = 0; i < tpl.indexes().size(); ++i)
        names << tableName(tpl.id()) + u"_ix_"_qs + tpl.indexes().at(i).join(u"_"_qs);
    return names;
}

static QByteArray columnList(const QStringList &columns)
{
    QByteArray out;
    for (const QString &c : columns)
        out += (out.isEmpty() ? "" : ", ") + quoted(c);
    return out;
}

QList<QByteArray> createIndexSql(const DatasetTemplate &tpl)
{
    const QString table = tableName(tpl.id());
    const QStringList names = indexNames(tpl);
    QList<QByteArray> out;
    out << "CREATE UNIQUE INDEX IF NOT EXISTS " + quoted(names.at(0)) + " ON " + quoted(table) + " (" +
               columnList(tpl.naturalKey()) + ") WHERE _deleted = 0";
    for (qsizetype i = 0; i < tpl.indexes().size(); ++i)
        out << "CREATE INDEX IF NOT EXISTS " + quoted(names.at(i + 1)) + " ON " + quoted(table) + " (" +
                   columnList(tpl.indexes().at(i)) + ", _id)";
    return out;
}

QVariant toStorage(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    switch (field.type) {
    case FieldType::Integer: {
        const qlonglong v = text.toLongLong(&ok);
        return ok ? QVariant(v) : QVariant(text);
    }
    case FieldType::Decimal: {
        const double v = text.toDouble(&ok);
        return ok ? QVariant(v) : QVariant(text);
    }
    case FieldType::Bool: {
        const QString t = text.toLower();
        if (t == u"1"_qs || t == u"true"_qs || t == u"ya"_qs)
            return QVariant(qlonglong(1));
        if (t == u"0"_qs || t == u"false"_qs || t == u"tidak"_qs)
            return QVariant(qlonglong(0));
        return text;
    }
    default: return text;
    }
}

} // namespace sinergi::recordtable
