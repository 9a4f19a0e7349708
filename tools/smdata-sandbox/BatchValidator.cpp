#include "BatchValidator.h"

#include "SharedTemplateView.h"

#include "datasets/CompiledValidator.h"
#include "datasets/FieldValue.h"
#include "datasets/RuleContext.h"
#include "datasets/RuleRegistry.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

namespace sinergi::sandbox {

namespace {

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

struct ParsedLine
{
    qint64 number = 0;
    bool malformed = false;
    QString dataset;
    QJsonObject record;
};

struct FieldError
{
    QString field;
    QString code;
    QString message;
};

// What one record's own checks found (everything but the duplicate check).
struct RecordCheck
{
    QJsonObject naturalKey;
    QString key; // the natural key's values joined, for the duplicate check
    QList<FieldError> errors;
};

ParsedLine parseLine(QByteArrayView bytes, qint64 number)
{
    ParsedLine line;
    line.number = number;
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    const QJsonObject object = doc.object();
    line.dataset = object.value(u"dataset"_qs).toString();
    line.malformed = parseError.error != QJsonParseError::NoError || !doc.isObject() ||
                     !object.value(u"record"_qs).isObject();
    if (!line.malformed)
        line.record = object.value(u"record"_qs).toObject();
    return line;
}

// Every line of the JSON Lines content (the last one may lack its '\n'), numbered from 1, parsed on two
// threads.
std::vector<ParsedLine> parseLines(const QByteArray &content)
{
    std::vector<QByteArrayView> spans;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        spans.emplace_back(content.constData() + start, end - start);
        start = end + 1;
    }
    std::vector<ParsedLine> parsed(spans.size());
    const auto parseRange = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            parsed[i] = parseLine(spans[i], static_cast<qint64>(i + 1));
    };
    const std::size_t half = spans.size() / 2;
    QFuture<void> firstHalf = QtConcurrent::run(parseRange, std::size_t(0), half);
    parseRange(half, spans.size());
    firstHalf.waitForFinished();
    return parsed;
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

    // 1. Parse the JSON Lines, on two threads: parsing and checking a record is independent of every
    //    other record, and a 100,000-record batch should be decided in about a second, not several.
    std::vector<ParsedLine> parsed = parseLines(content);
    QHash<QString, QList<const ParsedLine *>> lines;
    for (const ParsedLine &line : parsed) {
        if (line.malformed || !datasets.contains(line.dataset)) {
            outcome.errors.append(
                {line.dataset,
                 line.number,
                 {},
                 {},
                 u"malformed_line"_qs,
                 u"Line is not {\"dataset\": <a dataset of the manifest>, \"record\": {...}}"_qs});
            continue;
        }
        lines[line.dataset].append(&line);
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
                for (const ParsedLine *line : lines.value(dataset))
                    set.insert(textOf(line->record.value(field)));
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

    // 3. Every record: its own checks on two threads, then, in line order, the duplicate check (which
    //    needs the records before it) and the errors in the order a single pass would give them.
    for (const QString &dataset : std::as_const(order)) {
        const DatasetTemplate &original = *datasets.value(dataset).original;
        const DatasetTemplate &view = *datasets.value(dataset).view;
        const CompiledValidator compiled(m_records, view, context);
        const QList<const ParsedLine *> datasetLines = lines.value(dataset);
        std::vector<RecordCheck> checks(static_cast<std::size_t>(datasetLines.size()));
        const auto checkRange = [&](qsizetype from, qsizetype to) {
            const qsizetype fieldCount = view.fields().size();
            std::vector<QVariant> row(static_cast<std::size_t>(fieldCount));
            std::vector<const QVariant *> pointers(static_cast<std::size_t>(fieldCount));
            for (qsizetype n = from; n < to; ++n) {
                const QJsonObject &record = datasetLines.at(n)->record;
                RecordCheck &check = checks[static_cast<std::size_t>(n)];
                QStringList keyParts;
                for (const QString &name : original.naturalKey()) {
                    check.naturalKey.insert(name, record.value(name));
                    keyParts << textOf(record.value(name));
                }
                check.key = keyParts.join(QChar(0x1f));
                for (auto f = record.constBegin(); f != record.constEnd(); ++f) {
                    const FieldDef *def = original.field(f.key());
                    if (!def)
                        check.errors.append(
                            {f.key(), u"unknown_field"_qs, u"The template has no field %1"_qs.arg(f.key())});
                    else if (def->share == SharePolicy::Withhold)
                        check.errors.append(
                            {f.key(), u"withheld_field_present"_qs, u"A withheld field must not be sent"_qs});
                }
                for (qsizetype i = 0; i < fieldCount; ++i) {
                    const QJsonValue v = record.value(view.fields().at(i).name);
                    const bool present = !v.isUndefined() && !v.isNull();
                    row[std::size_t(i)] = present ? v.toVariant() : QVariant();
                    pointers[std::size_t(i)] = present ? &row[std::size_t(i)] : nullptr;
                }
                for (const Problem &p : compiled.validate(pointers)) {
                    if (p.severity == Problem::Severity::Error)
                        check.errors.append({p.field, errorCode(original, p), p.message});
                }
            }
        };
        const qsizetype half = datasetLines.size() / 2;
        QFuture<void> firstHalf = QtConcurrent::run(checkRange, qsizetype(0), half);
        checkRange(half, datasetLines.size());
        firstHalf.waitForFinished();

        QSet<QString> naturalKeys;
        for (qsizetype n = 0; n < datasetLines.size(); ++n) {
            RecordCheck &check = checks[static_cast<std::size_t>(n)];
            const qint64 number = datasetLines.at(n)->number;
            for (const FieldError &e : std::as_const(check.errors))
                outcome.errors.append({dataset, number, check.naturalKey, e.field, e.code, e.message});
            bool rejected = !check.errors.isEmpty();
            if (naturalKeys.contains(check.key)) {
                outcome.errors.append({dataset,
                                       number,
                                       check.naturalKey,
                                       {},
                                       u"duplicate_natural_key"_qs,
                                       u"Another record of this batch has the same natural key"_qs});
                rejected = true;
            }
            naturalKeys.insert(check.key);
            ++outcome.records[dataset];
            if (rejected)
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
