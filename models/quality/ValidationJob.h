#pragma once

#include "ProblemCounts.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sinergi {

class RecordValidator;
class RegionCatalog;
class TemplateRegistry;

struct ValidationProgress
{
    QString dataset;
    qint64 done = 0;  // rows validated so far, all datasets together
    qint64 total = 0; // live rows in the datasets being validated
    // Before the rows: the secondary indexes a big import left to build (both 0 when there are none).
    int indexesBuilt = 0;
    int indexesToBuild = 0;
};

struct ValidationResult
{
    bool cancelled = false;      // nothing was changed
    qint64 rows = 0;             // live rows validated
    qint64 changedCounts = 0;    // rows whose stored counts changed
    QList<RuleCount> ruleCounts; // after the run, for the validated datasets
    int indexesBuilt = 0;        // secondary indexes a big import had left to build (built first)
    double indexMs = 0;          // time spent building them (part of elapsedMs)
    double elapsedMs = 0;
};

// Re-validates whole datasets from the store: every live row goes through the RecordValidator again, and
// the dataset's record_problems rows and each row's stored counts (RecordCounts.h) are rewritten, all in one
// transaction (a cancel or a failure rolls everything back). Runs on the calling thread with a connection of
// its own (never the GUI's), reading in key-paged chunks while the chunk before is validated on the thread
// pool, so SQL and validation overlap on two cores. Given a second connection (Options::openReader), the
// chunks are read on it, on a thread of their own, and the job's connection only writes; the validating
// threads hand back their findings packed (problemtable::PackedFindings), so the writing thread only compares
// and binds. Cross-dataset lookups are answered from value sets loaded once per run, not one query per row.
// Rows are not versioned or stamped: validation is not an edit. Before that, the datasets' missing secondary
// indexes are built (secondaryindexes::buildMissing, one transaction each): this job follows every import,
// and a big import leaves them for afterwards. A cancel then may leave some built; they are only indexes, no
// data changes.
class ValidationJob
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ValidationJob)
public:
    struct Options
    {
        QStringList datasets;  // empty = every dataset of the registry
        QString officeRegency; // setting office.regency
        QDate today = QDate::currentDate();
        int chunkRows = 4096;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const ValidationProgress &)> progress; // called on the job's thread
        // Opens a second connection to the same store (Vault::openWorkerConnection): the rows are then read
        // on it, on a thread of their own, while the job's connection writes (RowChunkPrefetch). Unset: the
        // job's connection reads between its writes, one thread doing both.
        std::function<Database()> openReader;
    };

    ValidationJob(const TemplateRegistry &templates, const RecordValidator &validator,
                  const RegionCatalog *regions = nullptr);

    // Throws sinergi::Error (InvalidArgument for an unknown dataset, store errors as they come).
    ValidationResult run(Database &db, const Options &options) const;

private:
    const TemplateRegistry &m_templates;
    const RecordValidator &m_validator;
    const RegionCatalog *m_regions;
};

} // namespace sinergi
