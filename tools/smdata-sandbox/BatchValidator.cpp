#include "BatchValidator.h"

#include "SharedTemplateView.h"

#include "datasets/CompiledValidator.h"
#include "datasets/FieldValue.h"
#include "datasets/RuleContext.h"
#include "datasets/RuleRegistry.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace sinergi::sandbox {

namespace {

struct Line
{
    qint64 number = 0;
    QJsonObject record;
};

QString textOf(const QJsonValue &value)
{
    return fieldvalue::text(value.toVariant());
}

// The problem codes of section 8.2 for fields that are not sent as stored.
QString errorCode(const DatasetTemplate &original, const Problem &p)
{
    const FieldDef *field = original.field(p.field);
    if (!field || (p.ruleId != u"pattern"_qs && p.ruleId != u"length"_qs))
        return p.ruleId;
    if (field->share == SharePolicy::Pseudonymise)
        return u"pseudonym_format"_qs;
    if (field->share == SharePolicy::Minimise)
        return u"minimised_format"_qs;
    return p.ruleId;
}

} // namespace

QJsonObject BatchError::toJson() const
{
    return QJsonObject{{u"dataset"_qs, dataset}, {u"line"_qs, line}, {u"natural_key"_qs, naturalKey},
                       {u"field"_qs, field},     {u"code"_qs, code}, {u"message"_qs, message}};
}

BatchValidator::BatchValidator(const TemplateCatalog &catalog)
    : m_catalog(catalog), m_codeLists(CodeListRegistry::loadEmbedded()),
      m_regions(RegionCatalog::loadEmbedded()), m_fields(&m_codeLists, &m_regions),
      m_records(m_fields, RuleRegistry::standard())
{
    for (const TemplateCatalog::Entry &entry : catalog.entries()) {
        m_datasets.insert(entry.tpl->id(), {entry.tpl, std::make_shared<DatasetTemplate>(
                                                           sharedTemplateView(*entry.tpl, entry.json))});
    }
}

ValidationOutcome BatchValidator::validate(const QJsonArray &manifestDatasets, const QByteArray &content,
                                           const QString &regencyCode) const
{
    ValidationOutcome outcome;
    QHash<QString, Dataset> datasets;
    QStringList order;
    for (const QJsonValue &v : manifestDatasets) {
        const QJsonObject d = v.toObject();
        const QString id = d.value(u"dataset_id"_qs).toString();
        if (m_catalog.find(id, d.value(u"template_version"_qs).toInt()) && m_datasets.contains(id)) {
            datasets.insert(id, m_datasets.value(id));
            order << id;
        }
        outcome.records.insert(id, 0);
        outcome.rejectedRecords.insert(id, 0);
    }

    // 1. Parse the JSON Lines.
    QHash<QString, QList<Line>> lines;
    qint64 lineNumber = 0;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        ++lineNumber;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(content.constData() + start, end - start), &parseError);
        start = end + 1;
        const QJsonObject object = doc.object();
        const QString dataset = object.value(u"dataset"_qs).toString();
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !datasets.contains(dataset) ||
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
        lines[dataset].append({lineNumber, object.value(u"record"_qs).toObject()});
    }

    // 2. The value sets reference rules look up, from the datasets in this batch only.
    QHash<QString, QHash<QString, QSet<QString>>> values; // dataset -> field -> values
    for (const Dataset &d : std::as_const(datasets)) {
        for (const RuleDef &rule : d.view->rules()) {
            const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
            if (!kind)
                continue;
            for (const auto &[dataset, field] : kind->lookups(rule)) {
                if (!lines.contains(dataset) || values[dataset].contains(field))
                    continue;
                QSet<QString> &set = values[dataset][field];
                for (const Line &line : lines.value(dataset))
                    set.insert(textOf(line.record.value(field)));
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
    for (const QString &dataset : std::as_const(order)) {
        const DatasetTemplate &original = *datasets.value(dataset).original;
        const DatasetTemplate &view = *datasets.value(dataset).view;
        const CompiledValidator compiled(m_records, view, context);
        const qsizetype fieldCount = view.fields().size();
        std::vector<QVariant> row(static_cast<std::size_t>(fieldCount));
        std::vector<const QVariant *> pointers(static_cast<std::size_t>(fieldCount));
        QSet<QString> naturalKeys;
        for (const Line &line : lines.value(dataset)) {
            QJsonObject naturalKey;
            QStringList keyParts;
            for (const QString &name : original.naturalKey()) {
                naturalKey.insert(name, line.record.value(name));
                keyParts << textOf(line.record.value(name));
            }
            const qsizetype before = outcome.errors.size();
            auto add = [&](const QString &field, const QString &code, const QString &message) {
                outcome.errors.append({dataset, line.number, naturalKey, field, code, message});
            };
            for (auto f = line.record.constBegin(); f != line.record.constEnd(); ++f) {
                const FieldDef *def = original.field(f.key());
                if (!def)
                    add(f.key(), u"unknown_field"_qs, u"The template has no field %1"_qs.arg(f.key()));
                else if (def->share == SharePolicy::Withhold)
                    add(f.key(), u"withheld_field_present"_qs, u"A withheld field must not be sent"_qs);
            }
            for (qsizetype i = 0; i < fieldCount; ++i) {
                const QJsonValue v = line.record.value(view.fields().at(i).name);
                const bool present = !v.isUndefined() && !v.isNull();
                row[std::size_t(i)] = present ? v.toVariant() : QVariant();
                pointers[std::size_t(i)] = present ? &row[std::size_t(i)] : nullptr;
            }
            for (const Problem &p : compiled.validate(pointers)) {
                if (p.severity == Problem::Severity::Error)
                    add(p.field, errorCode(original, p), p.message);
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
