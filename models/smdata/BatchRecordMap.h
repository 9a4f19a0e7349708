#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace sinergi {
class Database;
}

namespace sinergi::smdata {

// Consecutive content lines of one dataset: line firstLine + i came from record recordIds[i] (0 for a line
// that is no record, such as an IPK aggregate). Lines are 1-based, as the server counts them (protocol 8.1).
struct BatchLineRun
{
    QString dataset;
    qint64 firstLine = 1;
    std::vector<qint64> recordIds;
};

// Which local record each line of a queued batch came from (table smdata_batch_records), so the server's
// per-record errors — which name a content line — open the rejected records in the record grid.
namespace BatchRecordMap {

// Replaces the map of batchId (the batch must be in the outbox). Joins the caller's transaction if any.
void store(Database &db, const QString &batchId, const QList<BatchLineRun> &runs);
// dataset -> record ids (ascending, each once) of the given lines; lines outside the batch and lines that
// are no record are skipped.
QHash<QString, QList<qint64>> recordsForLines(Database &db, const QString &batchId,
                                              const QList<qint64> &lines);
// One line: (dataset, record id), nullopt when the line is not a record of the batch.
std::optional<std::pair<QString, qint64>> recordForLine(Database &db, const QString &batchId, qint64 line);

} // namespace BatchRecordMap

} // namespace sinergi::smdata
