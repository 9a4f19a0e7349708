#pragma once

#include "importing/ColumnMapping.h"
#include "importing/ImportLimits.h"
#include "importing/MappingProfile.h"
#include "importing/TextEncoding.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace sinergi {

struct ImportProgress
{
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
};

// What one import should do. Everything but dataset and path has a sensible default.
struct ImportOptions
{
    enum class Mode {
        InsertOnly, // a row whose natural key is already in the store is rejected
        Upsert      // ... updates that record instead (mapped, non-empty values only)
    };

    QString dataset;
    QString path;
    QString sheet; // XLSX: the sheet's name; empty = the first
    CsvFormat csv; // CSV: delimiter and encoding chosen by the user; unset = detected
    Mode mode = Mode::InsertOnly;
    bool dryRun = false;        // read, convert, validate and check keys in a transaction that is rolled back
    bool rejectInvalid = false; // also reject rows with validation errors (default: store them with counts)
    bool strict = false;        // commit nothing when any row was rejected
    QString rejectsPath;        // CSV of refused rows with reasons; empty = none written
    // A big import into a small table drops the secondary indexes and builds them again at the end. With
    // this set, they are not built inside the import: the commit comes sooner and the caller builds them
    // afterwards (secondaryindexes::buildMissing; ValidationJob does it first, and it follows every import
    // in the window and the CLI). ImportReport::indexesPending says whether there is anything to build.
    bool deferSecondaryIndexes = false;

    std::optional<MappingProfile> profile;
    std::optional<ColumnMapping> mapping; // overrides profile + automatic matching (the wizard's edits)
    ImportLimits limits;

    // Called every few thousand rows on the importing thread.
    std::function<void(const ImportProgress &)> progress;
    // Set from any thread to stop: the transaction is rolled back and the store is left as it was.
    const std::atomic_bool *cancel = nullptr;

    // Rows sampled before writing to decide the order of a/b/yyyy date columns.
    int dateSampleRows = 5000;
    // Free disk needed = factor x file size + reserve (the WAL grows to about the size of the new data,
    // and the checkpoint copies it into the store: roughly twice the data, with indexes).
    double diskSpaceFactor = 3.0;
    qint64 diskSpaceReserve = 64LL * 1024 * 1024;
};

} // namespace sinergi
