#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sinergi {

class Database;

// The data_generation table (schema 5): one counter per dataset, bumped inside every write transaction that
// changes the dataset's records (the record service's create/update/delete/restore/undo, an import's
// commit). Being in the same transaction, a rolled-back write leaves the counter as it was. Whatever is
// computed from the records (ReportSource's LabourSnapshot) remembers the counters it was read at and is
// read again only when one of them moved: one indexed query instead of seconds of reading.
//
// Only record content counts. Validation findings (record_problems, the counts tables), audit entries and
// settings do not bump, so the grid's per-page PII audit entry or a validation run keep caches valid.
// Counted per transaction, not per row (no triggers on rec_* tables: they would slow a 10^6-row import).
namespace datageneration {

// Call inside the write's transaction, after its rows were written.
void bump(Database &db, const QString &dataset);

// The counters of the given datasets, in the same order, in one query; 0 for a dataset never written.
QList<qint64> read(Database &db, const QStringList &datasets);

} // namespace datageneration
} // namespace sinergi
