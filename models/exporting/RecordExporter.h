#pragma once

#include "ExportOptions.h"

#include <QCoreApplication>

namespace sinergi {

class CodeListRegistry;
class DatasetTemplate;
class RegionCatalog;
class Session;
class TemplateRegistry;

// Writes the rows of a grid view (RecordQuery: same filters, sort and quick search, through RecordSql) to a
// CSV or XLSX file. run() is synchronous and meant for a worker thread: it reads on its own connection,
// in one read snapshot, streaming (one statement walking the sort index; no row is held longer than it
// takes to write it), so a million rows cost the memory of one.
//
// Personal data: PII columns are left out unless options.includePii, which needs Permission::ExportPii and
// options.piiConfirmed (the user said yes to "this file will contain personal data"). Every export, with
// or without PII, is audited as "records.export" (dataset, a description of the view with the values of
// PII filters and the quick-search text withheld, row count, whether PII was included, the file), committed
// before the finished file is renamed into place: a file exists only if its entry does.
//
// The file appears whole or not at all (ExportFile): a full disk, an error or a cancel leaves no file.
class RecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RecordExporter)
public:
    RecordExporter(Session &session, const TemplateRegistry &templates,
                   const CodeListRegistry *codeLists = nullptr, const RegionCatalog *regions = nullptr);

    // Throws Error: PermissionDenied (no ExportRecords; PII without ExportPii; a PII filter without
    // ViewPii), PolicyViolation (PII without confirmation), InvalidArgument (unknown dataset or field,
    // too many rows for XLSX), ReadOnly / DiskFull / Io (the file), store errors. A cancel returns a report
    // with cancelled set and writes nothing (no file, no audit entry).
    ExportReport run(const ExportOptions &options);

    // The view as the audit entry records it, e.g. {"sort":"tanggal_daftar desc","filters":["status = 2",
    // "nik prefix (hidden)"],"search":"(hidden)"}: enough to tell what was exported, no personal data.
    static QString describeQuery(const DatasetTemplate &tpl, const RecordQuery &query);

private:
    Session &m_session;
    const TemplateRegistry &m_templates;
    const CodeListRegistry *m_codeLists;
    const RegionCatalog *m_regions;
};

} // namespace sinergi
