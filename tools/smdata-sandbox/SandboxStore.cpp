#include "SandboxStore.h"

#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace sinergi::sandbox {

namespace {

SecureBuffer fixedKey()
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(SandboxStore::kSandboxKeyLabel), QCryptographicHash::Sha256);
    return SecureBuffer::fromBytes(digest.constData(), static_cast<std::size_t>(digest.size()));
}

} // namespace

SandboxStore::SandboxStore(const QString &path)
    : m_db(Database::open(path, fixedKey(),
                          QFileInfo::exists(path) ? Database::Mode::OpenExisting : Database::Mode::Create))
{
    // "Acknowledged" means durably stored (protocol section 7.3): survive a power cut, not only a crash.
    m_db.exec("PRAGMA synchronous = FULL");
    createSchema();
}

void SandboxStore::createSchema()
{
    Transaction tx(m_db);
    m_db.exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value BLOB NOT NULL)");
    m_db.exec("CREATE TABLE IF NOT EXISTS tokens(token TEXT PRIMARY KEY, kind TEXT NOT NULL,"
              " username TEXT NOT NULL, regency_code TEXT NOT NULL, expires_at INTEGER NOT NULL,"
              " revoked INTEGER NOT NULL DEFAULT 0)");
    // seq orders the status page and the batch list (newest first) without parsing timestamps.
    m_db.exec("CREATE TABLE IF NOT EXISTS batches(batch_id TEXT PRIMARY KEY, seq INTEGER NOT NULL,"
              " regency_code TEXT NOT NULL, period TEXT NOT NULL, manifest BLOB NOT NULL,"
              " manifest_sha256 TEXT NOT NULL, state TEXT NOT NULL, part_count INTEGER NOT NULL,"
              " created_at TEXT NOT NULL, committed_at TEXT, decided_at TEXT, result TEXT,"
              " receipt_payload BLOB, receipt_signature BLOB, receipt_key_id TEXT)");
    m_db.exec("CREATE TABLE IF NOT EXISTS parts(batch_id TEXT NOT NULL REFERENCES batches(batch_id),"
              " idx INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY(batch_id, idx))");
    m_db.exec(
        "CREATE TABLE IF NOT EXISTS batch_errors(batch_id TEXT NOT NULL REFERENCES batches(batch_id),"
        " seq INTEGER NOT NULL, dataset TEXT NOT NULL, line INTEGER NOT NULL, natural_key TEXT NOT NULL,"
        " field TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, PRIMARY KEY(batch_id, seq))");
    // Consolidated data SMData shares back (SharedDataSeeder); kind and conflict_field are the ground truth
    // of the seeding and never leave the sandbox.
    m_db.exec(
        "CREATE TABLE IF NOT EXISTS shared_records(dataset TEXT NOT NULL, seq INTEGER NOT NULL,"
        " regency_code TEXT NOT NULL, period TEXT NOT NULL, source TEXT NOT NULL, source_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, conflict_field TEXT NOT NULL, updated_at TEXT NOT NULL, record TEXT NOT NULL,"
        " PRIMARY KEY(dataset, seq))");
    tx.commit();
}

QByteArray SandboxStore::meta(const QString &key) const
{
    Statement st = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.blob(0) : QByteArray();
}

void SandboxStore::setMeta(const QString &key, const QByteArray &value)
{
    Statement st = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?)"
                                " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.exec();
}

} // namespace sinergi::sandbox
