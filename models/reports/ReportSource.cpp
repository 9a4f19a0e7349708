#include "ReportSource.h"

#include "records/DataGeneration.h"
#include "store/Database.h"
#include "store/Vault.h"

namespace sinergi {

namespace {

// A deferred read transaction: the write counters and the records are read from one consistent state of
// the store, so a write committed meanwhile is either in both or in neither (it never hides behind a counter
// read after it). Deferred, unlike Transaction, so writers are not held off for the seconds of the read.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db) { m_db.exec("BEGIN"); }
    ~ReadTransaction()
    {
        try {
            m_db.exec("COMMIT"); // nothing was written: nothing to lose if this fails
        } catch (const Error &) {
        }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
};

} // namespace

ReportSource::ReportSource(const Vault &vault) : m_vault(vault) {}

ReportSource::~ReportSource() = default;

const QStringList &ReportSource::datasetsRead()
{
    static const QStringList datasets{u"pencari_kerja"_qs, u"lowongan"_qs, u"penempatan"_qs,
                                      u"pelatihan_peserta"_qs, u"pelatihan_program"_qs};
    return datasets;
}

std::shared_ptr<const LabourSnapshot> ReportSource::freshSnapshot(quint64 *generation)
{
    std::shared_ptr<const LabourSnapshot> cached;
    QList<qint64> readAt;
    quint64 cachedGeneration = 0;
    {
        QMutexLocker lock(&m_stateMutex);
        if (!m_snapshot)
            return nullptr;
        cached = m_snapshot;
        readAt = m_readAt;
        cachedGeneration = m_generation;
    }
    // A connection of its own (the caller's thread may not use the vault's): opening one with the raw data
    // key costs no key derivation.
    Database db = m_vault.openWorkerConnection();
    if (datageneration::read(db, datasetsRead()) != readAt)
        return nullptr;
    if (generation)
        *generation = cachedGeneration;
    return cached;
}

std::shared_ptr<const LabourSnapshot> ReportSource::current(quint64 *generation)
{
    if (auto fresh = freshSnapshot(generation))
        return fresh;
    QMutexLocker reading(&m_readMutex);
    // Another caller may have read it while this one waited.
    if (auto fresh = freshSnapshot(generation))
        return fresh;

    Database db = m_vault.openWorkerConnection();
    QList<qint64> readAt;
    std::shared_ptr<const LabourSnapshot> snapshot;
    {
        ReadTransaction tx(db);
        readAt = datageneration::read(db, datasetsRead());
        snapshot = std::make_shared<const LabourSnapshot>(LabourSnapshot::load(db));
    }
    QMutexLocker lock(&m_stateMutex);
    m_snapshot = snapshot;
    m_readAt = readAt;
    ++m_generation;
    if (generation)
        *generation = m_generation;
    return snapshot;
}

bool ReportSource::isFresh()
{
    try {
        return freshSnapshot(nullptr) != nullptr;
    } catch (const Error &) {
        return false; // current() will meet the same error and report it
    }
}

quint64 ReportSource::generation() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_generation;
}

} // namespace sinergi
