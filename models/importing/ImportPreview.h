#pragma once

#include "importing/ColumnMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sinergi {

class DatasetTemplate;
class RecordValidator;
class TabularReader;
struct RuleContext;

// The first rows of a file converted and validated the way Importer::run treats them, without touching
// the store: the import wizard's preview. Kept apart from Importer so the importer's bulk path stays as it
// is; both use the same RowConverter and RecordValidator, so what the preview flags is what the import
// does. Problems are attributed to the cell (mapping column) they come from, so the wizard can highlight it.
class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ImportPreview)
public:
    enum class Status { Ok, Warning, Error, Rejected }; // Error: stored, but carries validation errors

    struct Cell
    {
        QString text;    // the source text (apostrophe stripped, trimmed)
        QString problem; // empty when the cell is fine
        Status status = Status::Ok;
    };
    struct Row
    {
        qint64 line = 0;
        Status status = Status::Ok;
        QList<Cell> cells;    // one per mapping column, in mapping order
        QStringList messages; // every reason and problem of the row, for its status tooltip
    };
    struct Result
    {
        QList<Row> rows;
        QStringList notes; // ambiguous date columns, mapping notes
        int ok = 0, warnings = 0, errors = 0, rejected = 0;
        bool digitsLost = false; // an identifier came as 3.2E+15 (or with more than 15 digits): explain it
    };

    // Reads up to maxRows data rows from reader (positioned after the header). Repeated natural keys inside
    // the sample are rejected like the importer rejects them. Throws Error when the file cannot be read.
    static Result build(TabularReader &reader, const DatasetTemplate &tpl, const ColumnMapping &mapping,
                        const RecordValidator &validator, const RuleContext &context, int maxRows = 200);
};

} // namespace sinergi
