#pragma once

#include "records/RecordQuery.h"

#include <QChar>
#include <QString>

#include <atomic>
#include <functional>

namespace sinergi {

enum class ExportFormat { Csv, Xlsx };

struct ExportProgress
{
    qint64 rowsWritten = 0;
    qint64 rowsTotal = 0; // counted before the first row is written
};

// What one export should write. The query is the grid's (same filters, sort and quick search), so the file
// holds exactly the rows the officer sees, in the same order.
struct ExportOptions
{
    RecordQuery query;
    QString path;
    ExportFormat format = ExportFormat::Csv;
    QChar csvDelimiter = u';'; // Excel with an Indonesian locale expects ';' (the decimal comma takes ',')

    // Personal-data columns are left out unless includePii; including them needs Permission::ExportPii
    // AND piiConfirmed, which the caller sets only after the user explicitly agreed (dialog, --yes).
    bool includePii = false;
    bool piiConfirmed = false;

    // Code fields as two columns (the code, under the field's label, and its label) or the code alone.
    bool codeLabels = true;
    QString language = QStringLiteral("id"); // for headers and code labels

    // Called every few thousand rows on the exporting thread.
    std::function<void(const ExportProgress &)> progress;
    // Set from any thread to stop: no file is left behind.
    const std::atomic_bool *cancel = nullptr;

    // The format the path's extension names (".xlsx" -> Xlsx, anything else -> Csv).
    static ExportFormat formatForPath(const QString &path);
};

struct ExportReport
{
    qint64 rows = 0;
    bool piiIncluded = false;
    bool cancelled = false; // nothing written
    QString path;           // the file written (absolute)
    double seconds = 0;
};

} // namespace sinergi
