#include "BatchValidator.h"

#include "datasets/FieldValue.h"
#include "datasets/RuleContext.h"
#include "datasets/RuleRegistry.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sinergi::sandbox {

namespace {

struct Line
{
    qint64 number = 0;
    QVariantMap record;
};

// Names of the template fields a rule reads (its field parameters are a name or a list of names).
QStringList ruleFields(const RuleKind &kind, const RuleDef &rule)
{
    QStringList fields;
    for (const QString &param : kind.fieldParams()) {
        const QJsonValue v = rule.params.value(param);
        if (v.isString())
            fields << v.toString();
        else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                fields << item.toString();
        }
    }
    return fields;
}

bool allSentAsStored(const DatasetTemplate &tpl, const QStringList &fields)
{
    for (const QString &name : fields) {
        const FieldDef *field = tpl.field(name);
        if (!field || field->share != SharePolicy::Send)
            return false;
    }
    return true;
}

// The reduced form a minimise policy produces (FieldDef::minimiseTo): a year, or a code prefix.
bool isMinimisedForm(const FieldDef &field, const QString &text)
{
    if (field.minimiseTo == u"year"_qs) {
        static const QRegularExpression year(u"^[0-9]{4}$"_qs);
        return year.match(text).hasMatch();
    }
    if (field.minimiseTo.startsWith(u"prefix:"_qs)) {
        const int n = field.minimiseTo.mid(7).toInt();
        return !text.isEmpty() && text.size() <= n;
    }
    return false;
}

} // namespace

QJsonObject BatchError::toJson() const
{
    return QJsonObject{{u"dataset"_qs, dataset}, {u"line"_qs, line}, {u"natural_key"_qs, naturalKey},
                       {u"field"_qs, field},     {u"code"_qs, code}, {u"message"_qs, message}};
}

BatchValidator::BatchValidator(const TemplateCatalog &catalog)
    : m_catalog(catalog), m_codeLists(CodeListRegistry::loadEmbedded()),
      m_regions(RegionCatalog::loadEmbedded()), m_fields(&m_codeLists, &m_regions)
{
}

ValidationOutcome BatchValidator::validate(const QJsonArray &manifestDatasets, const QByteArray &content,
                                           const QString &regencyCode) const
{
    ValidationOutcome outcome;
    QHash<QString, const DatasetTemplate *> templates;
    QHash<QString, QList<Line>> lines;
    for (const QJsonValue &v : manifestDatasets) {
        const QJsonObject d = v.toObject();
        const QString id = d.value(u"dataset_id"_qs).toString();
        if (const TemplateCatalog::Entry *entry = m_catalog.find(id, d.value(u"template_version"_qs).toInt()))
            templates.insert(id, entry->tpl);
        outcome.records.insert(id, 0);
        outcome.rejectedRecords.insert(id, 0);
    }

    // 1. Parse the JSON Lines.
    qint64 lineNumber = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        ++lineNumber;
        const QByteArray bytes = content.mid(start, end - start);
        start = end + 1;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        const QJsonObject object = doc.object();
        const QString dataset = object.value(u"dataset"_qs).toString();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !templates.contains(dataset) ||
            !object.value(u"record"_qs).isObject()) {
            outcome.errors.append(
                {dataset,
                 lineNumber,
                 {},
                 {},
                 u"malformed_line"_qs,
                 u"Line is not {\"dataset\": <a dataset of the manifest>, \"record\": {...}}"_qs});
            continue;
        }
        lines[dataset].append({lineNumber, object.value(u"record"_qs).toObject().toVariantMap()});
    }

    // 2. The value sets reference rules look up, from the datasets in this batch only.
    QHash<QString, QHash<QString, QSet<QString>>> values; // dataset -> field -> values
    for (const DatasetTemplate *tpl : std::as_const(templates)) {
        for (const RuleDef &rule : tpl->rules()) {
            const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
            if (!kind)
                continue;
            for (const auto &[dataset, field] : kind->lookups(rule)) {
                if (!lines.contains(dataset) || values[dataset].contains(field))
                    continue;
                QSet<QString> &set = values[dataset][field];
                for (const Line &line : lines.value(dataset))
                    set.insert(fieldvalue::text(line.record, field));
            }
        }
    }
    RuleContext context;
    context.regions = &m_regions;
    context.officeRegency = regencyCode;
    context.exists = [&values](const QString &dataset, const QString &field, const QVariant &value) {
        const auto datasetIt = values.constFind(dataset);
        if (datasetIt == values.constEnd())
            return true; // the referenced dataset is not in this batch: the server cannot judge
        return datasetIt->value(field).contains(fieldvalue::text(value));
    };

    // 3. Every record.
    static const QRegularExpression pseudonym(u"^[0-9a-f]{64}$"_qs);
    for (auto it = templates.cbegin(); it != templates.cend(); ++it) {
        const QString &dataset = it.key();
        const DatasetTemplate &tpl = **it;
        QSet<QString> naturalKeys;
        for (const Line &line : lines.value(dataset)) {
            QJsonObject naturalKey;
            QStringList keyParts;
            for (const QString &name : tpl.naturalKey()) {
                naturalKey.insert(name, QJsonValue::fromVariant(line.record.value(name)));
                keyParts << fieldvalue::text(line.record, name);
            }
            const qsizetype before = outcome.errors.size();
            auto add = [&](const QString &field, const QString &code, const QString &message) {
                outcome.errors.append({dataset, line.number, naturalKey, field, code, message});
            };
            for (auto f = line.record.cbegin(); f != line.record.cend(); ++f) {
                if (!tpl.field(f.key()))
                    add(f.key(), u"unknown_field"_qs, u"The template has no field %1"_qs.arg(f.key()));
            }
            for (const FieldDef &field : tpl.fields()) {
                const QVariant value = line.record.value(field.name);
                const bool present = !fieldvalue::isEmpty(value);
                switch (field.share) {
                case SharePolicy::Withhold:
                    if (line.record.contains(field.name))
                        add(field.name, u"withheld_field_present"_qs,
                            u"A withheld field must not be sent"_qs);
                    break;
                case SharePolicy::Pseudonymise:
                    if (present && !pseudonym.match(fieldvalue::text(value)).hasMatch())
                        add(field.name, u"pseudonym_format"_qs,
                            u"A pseudonym is 64 lower-case hex characters"_qs);
                    else if (!present && field.required)
                        add(field.name, u"required"_qs, u"Required field is empty"_qs);
                    break;
                case SharePolicy::Minimise:
                    if (present && !isMinimisedForm(field, fieldvalue::text(value)))
                        add(field.name, u"minimised_format"_qs,
                            u"Not the form %1 minimises to"_qs.arg(field.minimiseTo));
                    else if (!present && field.required)
                        add(field.name, u"required"_qs, u"Required field is empty"_qs);
                    break;
                case SharePolicy::Send: {
                    const QString version = field.codeListVersionField.isEmpty()
                                                ? QString()
                                                : fieldvalue::text(line.record, field.codeListVersionField);
                    for (const Problem &p : m_fields.validate(field, value, version)) {
                        if (p.severity == Problem::Severity::Error)
                            add(field.name, p.ruleId, p.message);
                    }
                    break;
                }
                }
            }
            for (const RuleDef &rule : tpl.rules()) {
                const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
                if (!kind || !allSentAsStored(tpl, ruleFields(*kind, rule)))
                    continue; // a rule cannot judge a pseudonym or a minimised value
                for (const Problem &p : kind->check(rule, line.record, context)) {
                    if (p.severity == Problem::Severity::Error)
                        add(p.field, p.ruleId.isEmpty() ? rule.id : p.ruleId, p.message);
                }
            }
            const QString key = keyParts.join(QChar(0x1f));
            if (naturalKeys.contains(key))
                add({}, u"duplicate_natural_key"_qs,
                    u"Another record of this batch has the same natural key"_qs);
            naturalKeys.insert(key);

            ++outcome.records[dataset];
            if (outcome.errors.size() > before)
                ++outcome.rejectedRecords[dataset];
        }
    }

    // 4. The manifest's counts.
    for (const QJsonValue &v : manifestDatasets) {
        const QJsonObject d = v.toObject();
        const QString id = d.value(u"dataset_id"_qs).toString();
        const qint64 declared = d.value(u"records"_qs).toInteger();
        if (declared != outcome.records.value(id)) {
            outcome.errors.append(
                {id,
                 0,
                 {},
                 {},
                 u"count_mismatch"_qs,
                 u"The manifest declares %1 records, the content has %2"_qs.arg(declared).arg(
                     outcome.records.value(id))});
        }
    }
    return outcome;
}

} // namespace sinergi::sandbox
