#include "MappingProfile.h"

#include "common/Error.h"
#include "importing/HeaderMatcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sinergi {

namespace {

[[noreturn]] void fail(const QString &source, const QString &what)
{
    throw Error(ErrorCode::InvalidArgument, MappingProfile::tr("Mapping profile %1: %2").arg(source, what));
}

} // namespace

MappingProfile MappingProfile::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        fail(sourceName, tr("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();

    MappingProfile p;
    p.m_id = o.value(u"id").toString();
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9_\\-]{0,63}$"_qs);
    if (!idPattern.match(p.m_id).hasMatch())
        fail(sourceName, tr("\"id\" must be lower-case letters, digits, _ or - (at most 64)"));
    p.m_name = o.value(u"name").toString(p.m_id);
    p.m_sourceSystem = o.value(u"source_system").toString();
    p.m_note = o.value(u"note").toString();
    p.m_version = o.value(u"version").toInt(1);
    const auto defaultFormat = ColumnTransform::dateFormatFromName(o.value(u"date_format").toString());
    if (!defaultFormat)
        fail(sourceName, tr("unknown date_format \"%1\"").arg(o.value(u"date_format").toString()));
    p.m_dateFormat = *defaultFormat;

    const QJsonObject datasets = o.value(u"datasets").toObject();
    for (auto ds = datasets.begin(); ds != datasets.end(); ++ds) {
        const QJsonObject section = ds.value().toObject();
        const QJsonObject columns = section.value(u"columns").toObject();
        for (auto c = columns.begin(); c != columns.end(); ++c) {
            if (!c.value().isString())
                fail(sourceName, tr("%1: column \"%2\" must map to a field name or \"\"").arg(ds.key(), c.key()));
            p.setColumn(ds.key(), c.key(), c.value().toString());
        }
        const QJsonObject fields = section.value(u"fields").toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            const QJsonObject spec = f.value().toObject();
            ColumnTransform t;
            DatasetSection &s = p.m_datasets[ds.key()];
            if (spec.contains(u"date_format")) {
                const auto format = ColumnTransform::dateFormatFromName(spec.value(u"date_format").toString());
                if (!format)
                    fail(sourceName, tr("%1.%2: unknown date_format \"%3\"")
                                         .arg(ds.key(), f.key(), spec.value(u"date_format").toString()));
                t.dateFormat = *format;
                s.explicitDateFormat.insert(f.key(), true);
            }
            const QJsonObject values = spec.value(u"values").toObject();
            for (auto v = values.begin(); v != values.end(); ++v) {
                t.values.insert(ColumnTransform::valueKey(v.key()), v.value().toString());
                s.valueSpelling[f.key()].insert(ColumnTransform::valueKey(v.key()), v.key());
            }
            s.fields.insert(f.key(), t);
        }
    }
    return p;
}

QByteArray MappingProfile::toJson() const
{
    QJsonObject o{{u"id"_qs, m_id},
                  {u"name"_qs, m_name},
                  {u"source_system"_qs, m_sourceSystem},
                  {u"version"_qs, m_version},
                  {u"note"_qs, m_note},
                  {u"date_format"_qs, ColumnTransform::dateFormatName(m_dateFormat)}};
    QJsonObject datasets;
    for (auto ds = m_datasets.cbegin(); ds != m_datasets.cend(); ++ds) {
        QJsonObject columns;
        for (auto c = ds->columns.cbegin(); c != ds->columns.cend(); ++c)
            columns.insert(ds->headerSpelling.value(c.key(), c.key()), c.value());
        QJsonObject fields;
        for (auto f = ds->fields.cbegin(); f != ds->fields.cend(); ++f) {
            QJsonObject spec;
            if (ds->explicitDateFormat.value(f.key()))
                spec.insert(u"date_format"_qs, ColumnTransform::dateFormatName(f->dateFormat));
            QJsonObject values;
            for (auto v = f->values.cbegin(); v != f->values.cend(); ++v)
                values.insert(ds->valueSpelling.value(f.key()).value(v.key(), v.key()), v.value());
            if (!values.isEmpty())
                spec.insert(u"values"_qs, values);
            fields.insert(f.key(), spec);
        }
        datasets.insert(ds.key(), QJsonObject{{u"columns"_qs, columns}, {u"fields"_qs, fields}});
    }
    o.insert(u"datasets"_qs, datasets);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<QString> MappingProfile::fieldFor(const QString &dataset, const QString &header) const
{
    const auto ds = m_datasets.constFind(dataset);
    if (ds == m_datasets.constEnd())
        return std::nullopt;
    const auto it = ds->columns.constFind(HeaderMatcher::normalise(header));
    if (it == ds->columns.constEnd())
        return std::nullopt;
    return it.value();
}

ColumnTransform MappingProfile::transformFor(const QString &dataset, const QString &field) const
{
    ColumnTransform t;
    t.dateFormat = m_dateFormat;
    const auto ds = m_datasets.constFind(dataset);
    if (ds == m_datasets.constEnd())
        return t;
    if (const auto f = ds->fields.constFind(field); f != ds->fields.constEnd()) {
        t.values = f->values;
        if (ds->explicitDateFormat.value(field))
            t.dateFormat = f->dateFormat;
    }
    return t;
}

void MappingProfile::setIdentity(const QString &id, const QString &name, const QString &sourceSystem,
                                 const QString &note)
{
    m_id = id;
    m_name = name;
    m_sourceSystem = sourceSystem;
    m_note = note;
}

void MappingProfile::setColumn(const QString &dataset, const QString &header, const QString &field)
{
    DatasetSection &s = m_datasets[dataset];
    const QString key = HeaderMatcher::normalise(header);
    s.columns.insert(key, field);
    s.headerSpelling.insert(key, header);
}

void MappingProfile::setTransform(const QString &dataset, const QString &field, const ColumnTransform &transform)
{
    DatasetSection &s = m_datasets[dataset];
    s.fields.insert(field, transform);
    s.explicitDateFormat.insert(field, true);
}

} // namespace sinergi
