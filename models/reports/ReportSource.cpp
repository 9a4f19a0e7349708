#include "ReportSource.h"

#include "store/Database.h"
#include "store/Vault.h"

namespace sinergi {

// What the source knows about the store as of its snapshot (filled in by the write-tracking change).
struct ReportSource::State
{
};

ReportSource::ReportSource(const Vault &vault)
    : m_vault(vault)
    , m_state(std::make_unique<State>())
{
}

ReportSource::~ReportSource() = default;

std::shared_ptr<const LabourSnapshot> ReportSource::current()
{
    QMutexLocker lock(&m_mutex);
    if (!m_snapshot) {
        Database db = m_vault.openWorkerConnection();
        m_snapshot = std::make_shared<const LabourSnapshot>(LabourSnapshot::load(db));
    }
    return m_snapshot;
}

bool ReportSource::isFresh()
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot != nullptr;
}

} // namespace sinergi
