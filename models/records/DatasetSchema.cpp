#include "DatasetSchema.h"

#include "RecordCounts.h"
#include "RecordTable.h"
#include "SecondaryIndexes.h"
#include "datasets/TemplateRegistry.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace sinergi {

namespace {

QStringList tableColumns(Database &db, const QString &table)
{
    QStringList columns;
    auto s = db.prepare("SELECT name FROM pragma_table_info(?1)");
    s.bind(1, table);
    while (s.step())
        columns << s.text(0);
    return columns;
}

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

} // namespace

DatasetSchema::Change DatasetSchema::syncOne(Database &db, const DatasetTemplate &tpl)
{
    Change change;
    change.dataset = tpl.id();
    change.toVersion = tpl.version();
    const QString table = recordtable::tableName(tpl.id());

    auto read = db.prepare("SELECT template_version FROM datasets WHERE id = ?1");
    read.bind(1, tpl.id());
    const bool known = read.step();
    change.fromVersion = known ? read.int32(0) : 0;
    if (known && change.fromVersion == tpl.version())
        return change;
    if (known && change.fromVersion > tpl.version())
        throw Error(ErrorCode::Unsupported,
                    QStringLiteral("dataset %1: store has template version %2, program has %3")
                        .arg(tpl.id())
                        .arg(change.fromVersion)
                        .arg(tpl.version()));

    Transaction tx(db);
    if (!known) {
        db.exec(recordtable::createTableSql(tpl).constData());
        db.exec(recordcounts::createTableSql(tpl.id()).constData());
        change.addedColumns = tpl.fieldNames();
    } else {
        const QStringList present = tableColumns(db, table);
        for (const FieldDef &f : tpl.fields()) {
            if (present.contains(f.name))
                continue;
            const QByteArray sql = "ALTER TABLE " + recordtable::quoted(table) + " ADD COLUMN " +
                                   recordtable::quoted(f.name) + ' ' + recordtable::sqlType(f.type);
            db.exec(sql.constData());
            change.addedColumns << f.name;
        }
        for (const QString &c : present)
            if (!c.startsWith(u'_') && !tpl.field(c))
                change.retiredColumns << c;
        // Drop our indexes the new template no longer wants (never the data).
        const QStringList wanted = recordtable::indexNames(tpl);
        for (const QString &name : secondaryindexes::existing(db, table))
            if (!wanted.contains(name)) {
                const QByteArray sql = "DROP INDEX " + recordtable::quoted(name);
                db.exec(sql.constData());
            }
    }
    for (const QByteArray &sql : recordtable::createIndexSql(tpl))
        db.exec(sql.constData());

    auto write = db.prepare("INSERT INTO datasets(id, template_version, columns, retired_columns, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(id) DO UPDATE SET "
                            "template_version = excluded.template_version, columns = excluded.columns, "
                            "retired_columns = excluded.retired_columns, updated_at = excluded.updated_at");
    write.bindAll(tpl.id(), tpl.version(), jsonList(tpl.fieldNames()), jsonList(change.retiredColumns),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    write.exec();
    tx.commit();
    return change;
}

QList<DatasetSchema::Change> DatasetSchema::sync(Database &db, const TemplateRegistry &templates)
{
    QList<Change> changes;
    for (const DatasetTemplate &tpl : templates.templates()) {
        Change c = syncOne(db, tpl);
        if (c.fromVersion != c.toVersion)
            changes << c;
    }
    return changes;
}

} // namespace sinergi
