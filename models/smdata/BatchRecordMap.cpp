#include "BatchRecordMap.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QtEndian>

#include <algorithm>

namespace sinergi::smdata::BatchRecordMap {

namespace {

struct StoredRun
{
    QString dataset;
    qint64 firstLine = 0;
    qint64 lineCount = 0;
    QByteArray ids;

    qint64 idAt(qint64 line) const
    {
        return qFromLittleEndian<qint64>(ids.constData() + (line - firstLine) * 8);
    }
};

QList<StoredRun> load(Database &db, const QString &batchId)
{
    QList<StoredRun> runs;
    Statement st = db.prepare("SELECT dataset, first_line, line_count, record_ids FROM smdata_batch_records "
                              "WHERE batch_id = ? ORDER BY first_line");
    st.bind(1, batchId);
    while (st.step()) {
        StoredRun run{st.text(0), st.int64(1), st.int64(2), st.blob(3)};
        if (run.ids.size() == run.lineCount * 8) // a damaged row is skipped, not read past its end
            runs.append(std::move(run));
    }
    return runs;
}

const StoredRun *runOf(const QList<StoredRun> &runs, qint64 line)
{
    auto it = std::upper_bound(runs.cbegin(), runs.cend(), line,
                               [](qint64 l, const StoredRun &r) { return l < r.firstLine; });
    if (it == runs.cbegin())
        return nullptr;
    --it;
    return line < it->firstLine + it->lineCount ? &*it : nullptr;
}

} // namespace

void store(Database &db, const QString &batchId, const QList<BatchLineRun> &runs)
{
    Transaction tx(db);
    Statement del = db.prepare("DELETE FROM smdata_batch_records WHERE batch_id = ?");
    del.bind(1, batchId);
    del.exec();
    Statement ins = db.prepare("INSERT INTO smdata_batch_records (batch_id, dataset, first_line, line_count, "
                               "record_ids) VALUES (?, ?, ?, ?, ?)");
    for (const BatchLineRun &run : runs) {
        if (run.recordIds.empty())
            continue;
        QByteArray packed(qsizetype(run.recordIds.size()) * 8, Qt::Uninitialized);
        for (size_t i = 0; i < run.recordIds.size(); ++i)
            qToLittleEndian<qint64>(run.recordIds[i], packed.data() + i * 8);
        ins.reset();
        ins.bind(1, batchId);
        ins.bind(2, run.dataset);
        ins.bind(3, std::int64_t(run.firstLine));
        ins.bind(4, std::int64_t(run.recordIds.size()));
        ins.bind(5, packed);
        ins.exec();
    }
    tx.commit();
}

QHash<QString, QList<qint64>> recordsForLines(Database &db, const QString &batchId,
                                              const QList<qint64> &lines)
{
    const QList<StoredRun> runs = load(db, batchId);
    QHash<QString, QList<qint64>> out;
    for (qint64 line : lines) {
        const StoredRun *run = runOf(runs, line);
        if (!run)
            continue;
        const qint64 id = run->idAt(line);
        if (id != 0)
            out[run->dataset].append(id);
    }
    for (QList<qint64> &ids : out) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    return out;
}

std::optional<std::pair<QString, qint64>> recordForLine(Database &db, const QString &batchId, qint64 line)
{
    const QList<StoredRun> runs = load(db, batchId);
    const StoredRun *run = runOf(runs, line);
    if (!run || run->idAt(line) == 0)
        return std::nullopt;
    return std::make_pair(run->dataset, run->idAt(line));
}

} // namespace sinergi::smdata::BatchRecordMap
