#pragma once

#include "importing/ColumnMapping.h"
#include "importing/ImportOptions.h"
#include "importing/ImportReport.h"
#include "importing/TabularReader.h"

#include <QCoreApplication>

#include <memory>

namespace sinergi {

class CodeListRegistry;
class DatasetTemplate;
class RecordValidator;
class RegionCatalog;
class Session;
class TemplateRegistry;

// Bulk import of a CSV/XLSX file into one dataset (issue 4). run() is synchronous and meant for a worker
// thread (QtConcurrent::run from the window, the main thread in the CLI): it opens its own connection to
// the store, so the window's connection stays free for reading. Reading, conversion and validation run on
// threads of their own (PreparedRowQueue: one reader, two conversion workers) in parallel with the writes,
// and rows reach the writer in file order.
//
// All or nothing: every stored row is written in ONE transaction together with the imports row and the
// "import.commit" audit entry; cancel, an error or a crash (kill -9) leaves the store as it was. Rows that
// cannot be stored faithfully are rejected individually (written to the rejects file with the reason) and
// do not stop the others, unless options.strict. A repeated natural key in the file keeps the first row
// and rejects the later ones, like any other bad row: refusing the whole file over one repeated card would
// make the officer fix it outside Sinergi first, while the rejects file already names every repeat.
// Imported rows get no per-row history: the imports row they point at (_import_id) is their provenance.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::Importer)
public:
    Importer(Session &session, const TemplateRegistry &templates, const RecordValidator &validator,
             const CodeListRegistry *codeLists = nullptr, const RegionCatalog *regions = nullptr);

    // Opens the file (and the sheet) and builds the mapping without touching the store: the wizard's first
    // step and the start of run(). Throws Error for an unreadable file or an empty one.
    struct Source
    {
        std::unique_ptr<TabularReader> reader;
        ColumnMapping mapping;
    };
    Source open(const ImportOptions &options) const;

    // Throws Error: PermissionDenied, InvalidArgument (unknown dataset, a required field unmapped, empty
    // file, malformed file), DiskFull (not enough free space for the write-ahead log), store errors.
    ImportReport run(const ImportOptions &options);

private:
    const DatasetTemplate &dataset(const QString &id) const;
    void checkDiskSpace(const ImportOptions &options, qint64 bytes) const;

    Session &m_session;
    const TemplateRegistry &m_templates;
    const RecordValidator &m_validator;
    const CodeListRegistry *m_codeLists;
    const RegionCatalog *m_regions;
};

} // namespace sinergi
