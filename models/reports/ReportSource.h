#pragma once

#include "LabourSnapshot.h"

#include <QMutex>

#include <memory>

namespace sinergi {

class Vault;

// Hands out the LabourSnapshot of one store to the dashboard, the IPK page and the CLI, cached: reading the
// records takes seconds at 10^6 job seekers, computing a period from memory takes milliseconds. Writes to
// the record tables make the next current() bring the snapshot up to date first.
//
// Thread-safe: current() is meant to be called on a worker thread (never the GUI thread, it may read the
// store); the snapshot it returns is immutable and stays valid while the caller holds it, even when a
// later call replaces it.
class ReportSource
{
public:
    explicit ReportSource(const Vault &vault);
    ~ReportSource();

    // The snapshot as of now: the cached one when no record was written since it was read, else a fresh
    // one. Throws Error for store errors (the cached snapshot is kept).
    std::shared_ptr<const LabourSnapshot> current();

    // True when current() would return the cached snapshot without reading the store's records.
    bool isFresh();

private:
    const Vault &m_vault;
    QMutex m_mutex;
    std::shared_ptr<const LabourSnapshot> m_snapshot;
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace sinergi
