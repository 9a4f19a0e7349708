#pragma once

#include "LabourSnapshot.h"

#include <QList>
#include <QMutex>
#include <QStringList>

#include <memory>

namespace sinergi {

class Vault;

// Hands out the LabourSnapshot of one store to the dashboard, the IPK page and the CLI, cached: reading the
// records takes seconds at 10^6 job seekers, computing a period from memory takes milliseconds. The source
// remembers the write generations (records/DataGeneration.h) of the datasets the snapshot reads as of the
// read; current() compares them with the store's (one small query) and reads the records again only when a
// record of one of those datasets was written since. Validation runs, audit entries and settings do not
// count as writes.
//
// The report rules (ReportRules) are not part of the snapshot: IpkCalculator applies them when it computes
// a period, so changing them needs no new snapshot. A page that caches computed tables must key them on
// generation() *and* the rules, period and filters it computed them for.
//
// Thread-safe: current() is meant to be called on a worker thread (it may read the store for seconds); one
// read happens at a time and callers that find the snapshot fresh never wait behind it. The snapshot
// returned is immutable and stays valid while the caller holds it, even when a later call replaces it.
class ReportSource
{
public:
    explicit ReportSource(const Vault &vault);
    ~ReportSource();

    // The datasets whose records the snapshot reads (keep in step with LabourSnapshot::load).
    static const QStringList &datasetsRead();

    // The snapshot as of now: the cached one when none of datasetsRead() was written since it was read,
    // else a fresh one. generation (if given) receives the generation of the snapshot returned. Throws
    // Error for store errors (the cached snapshot is kept).
    std::shared_ptr<const LabourSnapshot> current(quint64 *generation = nullptr);

    // True when current() would return the cached snapshot without reading the store's records: one query
    // of the write counters, no record read. False before the first read and when the store cannot be read
    // (current() then reports the error).
    bool isFresh();

    // Numbers the snapshots this source has read: 1 for the first, +1 per re-read, 0 before any. Does not
    // touch the store, so it is the generation of the cached snapshot, which may be stale; to pair a result
    // with the snapshot it came from, use current(&generation).
    quint64 generation() const;

private:
    // The cached snapshot when the store's write counters still equal the ones it was read at, else null.
    std::shared_ptr<const LabourSnapshot> freshSnapshot(quint64 *generation);

    const Vault &m_vault;
    QMutex m_readMutex; // one record read at a time: a second caller waits and then takes its result

    mutable QMutex m_stateMutex; // guards the fields below; held for microseconds, never during a query
    std::shared_ptr<const LabourSnapshot> m_snapshot;
    QList<qint64> m_readAt; // the write generations of datasetsRead() the snapshot was read at
    quint64 m_generation = 0;
};

} // namespace sinergi
