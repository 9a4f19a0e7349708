#pragma once

#include "TemplateCatalog.h"

#include "datasets/RecordValidator.h"

#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RegionCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace sinergi::sandbox {

// One per-record error of a rejected batch (docs/smdata-protocol.md section 8.2).
struct BatchError
{
    QString dataset;
    qint64 line = 0;
    QJsonObject naturalKey;
    QString field;
    QString code;
    QString message;

    QJsonObject toJson() const;
};

struct ValidationOutcome
{
    QList<BatchError> errors;
    QMap<QString, qint64> records;         // by dataset
    QMap<QString, qint64> rejectedRecords; // by dataset
};

// Checks a committed batch's content against the templates "as shared" (SharedTemplateView): the
// template's own field checks and rules — through CompiledValidator, the validator Sinergi runs locally
// for bulk work — on fields sent as stored, format checks on pseudonymised and minimised fields, and for a
// withheld field only that it is absent.
class BatchValidator
{
public:
    explicit BatchValidator(const TemplateCatalog &catalog);

    // manifestDatasets: the manifest's "datasets" array (dataset_id, template_version, records).
    ValidationOutcome validate(const QJsonArray &manifestDatasets, const QByteArray &content,
                               const QString &regencyCode) const;

private:
    struct Dataset
    {
        const DatasetTemplate *original = nullptr;
        std::shared_ptr<DatasetTemplate> view;
    };

    const TemplateCatalog &m_catalog;
    CodeListRegistry m_codeLists;
    RegionCatalog m_regions;
    FieldValidator m_fields;
    RecordValidator m_records;
    QHash<QString, Dataset> m_datasets; // by dataset id (one template version per dataset today)
};

} // namespace sinergi::sandbox
