#include "Vault.h"

#include "KeySlotFile.h"
#include "RecoveryCode.h"
#include "Schema.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace sinergi {

QString StoreLocation::storePath() const
{
    return QDir(dir).filePath(u"sinergi.db"_qs);
}
QString StoreLocation::slotPath() const
{
    return QDir(dir).filePath(u"sinergi.keys"_qs);
}
QString StoreLocation::lockoutPath() const
{
    return QDir(dir).filePath(u"sinergi.lockout"_qs);
}
QString StoreLocation::lockPath() const
{
    return QDir(dir).filePath(u"sinergi.db.lock"_qs);
}
bool StoreLocation::storeExists() const
{
    return QFileInfo::exists(storePath());
}

QString StoreLocation::defaultDir()
{
    const QString fromEnv = qEnvironmentVariable("SINERGI_STORE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/store"_qs;
}

namespace {

QString rotatingPath(const StoreLocation &where)
{
    return where.storePath() + u".rotating"_qs;
}

void removeStoreFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

QString metaValue(Database &db, const char *key)
{
    auto s = db.prepare("SELECT value FROM meta WHERE key = ?1");
    s.bind(1, QString::fromLatin1(key));
    return s.step() ? s.text(0) : QString();
}

} // namespace

Vault::Vault(StoreLocation where, std::unique_ptr<QLockFile> lock, SecureBuffer dataKey, Database db,
             std::unique_ptr<KeySlotFile> keyFile)
    : m_where(std::move(where)), m_lock(std::move(lock)), m_dataKey(std::move(dataKey)), m_db(std::move(db)),
      m_slots(std::move(keyFile))
{
}

Vault::~Vault()
{
    m_db.close(); // before the lock is released, so the next process finds a closed file
}

std::unique_ptr<QLockFile> Vault::acquireLock(const StoreLocation &where)
{
    auto lock = std::make_unique<QLockFile>(where.lockPath());
    // 0 = a lock is only stale when its process is gone (QLockFile checks the PID), never by age: a
    // session may legitimately stay open for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError)
        throw Error(ErrorCode::Locked, where.lockPath());
    // Any other failure means the lock file could not be created: tell a read-only folder (including
    // one that is read-only even for root, e.g. immutable or a read-only mount) from other I/O trouble.
    QFile probe(QDir(where.dir).filePath(u".sinergi-write-probe"_qs));
    if (!probe.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::ReadOnly, where.dir + u": "_qs + probe.errorString());
    probe.remove();
    throw Error(ErrorCode::Io, where.lockPath());
}

std::unique_ptr<Vault> Vault::create(const StoreLocation &where, const QString &username,
                                     const SecureBuffer &password, const KdfParams &params,
                                     QString *recoveryCode)
{
    if (!QDir().mkpath(where.dir))
        throw Error(ErrorCode::ReadOnly, where.dir);
    if (where.storeExists() || QFileInfo::exists(where.slotPath()))
        throw Error(ErrorCode::AlreadyExists, where.dir);
    auto lock = acquireLock(where);

    SecureBuffer dataKey = SecureBuffer::random(32);
    const QString storeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    try {
        Database db = Database::open(where.storePath(), dataKey, Database::Mode::Create);
        storeMigrations().migrate(db);
        {
            Transaction tx(db);
            auto ins = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
            ins.bindAll(u"app"_qs, QString::fromLatin1(kStoreMagic)).exec();
            ins.bindAll(u"store_id"_qs, storeId).exec();
            ins.bindAll(u"created_at"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).exec();
            tx.commit();
        }
        auto keyFile = std::make_unique<KeySlotFile>(KeySlotFile::create(storeId));
        keyFile->setCurrentKey(dataKey);
        keyFile->putSlot(KeySlotFile::SlotKind::User, username, password, params, {&dataKey});
        const QString code = RecoveryCode::generate();
        keyFile->putSlot(KeySlotFile::SlotKind::Recovery, QString(), RecoveryCode::normalize(code), params,
                         {&dataKey});
        keyFile->save(where.slotPath(), {&dataKey});
        if (recoveryCode)
            *recoveryCode = code;
        return std::unique_ptr<Vault>(
            new Vault(where, std::move(lock), std::move(dataKey), std::move(db), std::move(keyFile)));
    } catch (...) {
        // Never leave a half-made store behind: a store without its key file could never be opened.
        removeStoreFiles(where.storePath());
        QFile::remove(where.slotPath());
        throw;
    }
}

std::unique_ptr<Vault> Vault::unlock(const StoreLocation &where, const QString &username,
                                     const SecureBuffer &password)
{
    if (!where.storeExists())
        throw Error(ErrorCode::NotFound, where.storePath());
    auto keyFile = std::make_unique<KeySlotFile>(KeySlotFile::load(where.slotPath()));
    auto lock = acquireLock(where);
    const KeySlotFile::Slot *slot = keyFile->find(KeySlotFile::SlotKind::User, username);
    if (!slot)
        throw Error(ErrorCode::WrongPassword, u"no slot for "_qs + username);
    std::vector<SecureBuffer> keys = keyFile->open(*slot, password);
    if (keys.empty())
        throw Error(ErrorCode::WrongPassword, u"slot rejected the password"_qs);
    return openWithKeys(where, std::move(lock), std::move(keyFile), std::move(keys));
}

std::unique_ptr<Vault> Vault::unlockWithRecoveryCode(const StoreLocation &where, const QString &code)
{
    if (!where.storeExists())
        throw Error(ErrorCode::NotFound, where.storePath());
    auto keyFile = std::make_unique<KeySlotFile>(KeySlotFile::load(where.slotPath()));
    const SecureBuffer secret = RecoveryCode::normalize(code);
    if (secret.isEmpty())
        throw Error(ErrorCode::WrongRecoveryCode, u"not a recovery code"_qs);
    auto lock = acquireLock(where);
    const KeySlotFile::Slot *slot = keyFile->find(KeySlotFile::SlotKind::Recovery, QString());
    if (!slot)
        throw Error(ErrorCode::WrongRecoveryCode, u"no recovery slot"_qs);
    std::vector<SecureBuffer> keys = keyFile->open(*slot, secret);
    if (keys.empty())
        throw Error(ErrorCode::WrongRecoveryCode, u"slot rejected the code"_qs);
    return openWithKeys(where, std::move(lock), std::move(keyFile), std::move(keys));
}

std::unique_ptr<Vault> Vault::openWithKeys(const StoreLocation &where, std::unique_ptr<QLockFile> lock,
                                           std::unique_ptr<KeySlotFile> keyFile,
                                           std::vector<SecureBuffer> keys)
{
    // keys[0] is the current data key; keys[1], if present, the key of an unfinished rotation.
    for (std::size_t i = 0; i < keys.size(); ++i) {
        Database db;
        try {
            db = Database::open(where.storePath(), keys[i]);
        } catch (const Error &e) {
            if (e.code() == ErrorCode::WrongKey)
                continue;
            throw;
        }
        SecureBuffer key = std::move(keys[i]);
        if (!keyFile->verifyMac(key))
            throw Error(ErrorCode::SlotFileTampered, u"key file MAC mismatch"_qs);
        if (metaValue(db, "app") != QString::fromLatin1(kStoreMagic) ||
            metaValue(db, "store_id") != keyFile->storeId())
            throw Error(ErrorCode::NotAStore, u"store id does not match the key file"_qs);
        storeMigrations().migrate(db);

        // Finish or abandon a rotation that a crash interrupted (see rotateDataKey()).
        if (!keyFile->nextKeyId().isEmpty()) {
            if (KeySlotFile::keyId(key) == keyFile->nextKeyId())
                keyFile->promoteNextKey();
            else
                keyFile->dropNextKey();
            keyFile->save(where.slotPath(), {&key});
        }
        removeStoreFiles(rotatingPath(where));
        return std::unique_ptr<Vault>(
            new Vault(where, std::move(lock), std::move(key), std::move(db), std::move(keyFile)));
    }
    // The slot is authenticated, so its key is right: a store that rejects it was damaged or replaced.
    throw Error(ErrorCode::Corrupted, u"the authenticated data key does not open the store"_qs);
}

QStringList Vault::slotUsers(const StoreLocation &where)
{
    return KeySlotFile::load(where.slotPath()).userNames();
}

bool Vault::checkPassword(const QString &username, const SecureBuffer &password) const
{
    const KeySlotFile::Slot *slot = m_slots->find(KeySlotFile::SlotKind::User, username);
    if (!slot)
        return false;
    const std::vector<SecureBuffer> keys = m_slots->open(*slot, password);
    return !keys.empty() && keys.front().equals(m_dataKey);
}

void Vault::setUserSlot(const QString &username, const SecureBuffer &password, const KdfParams &params)
{
    KeySlotFile updated = *m_slots;
    updated.putSlot(KeySlotFile::SlotKind::User, username, password, params, {&m_dataKey});
    updated.save(m_where.slotPath(), {&m_dataKey});
    *m_slots = std::move(updated); // only after the file is safely on disk
}

void Vault::removeUserSlot(const QString &username)
{
    KeySlotFile updated = *m_slots;
    if (!updated.removeSlot(KeySlotFile::SlotKind::User, username))
        return;
    updated.save(m_where.slotPath(), {&m_dataKey});
    *m_slots = std::move(updated);
}

bool Vault::hasUserSlot(const QString &username) const
{
    return m_slots->find(KeySlotFile::SlotKind::User, username) != nullptr;
}

QStringList Vault::userSlots() const
{
    return m_slots->userNames();
}

QString Vault::regenerateRecoveryCode(const KdfParams &params)
{
    const QString code = RecoveryCode::generate();
    KeySlotFile updated = *m_slots;
    updated.putSlot(KeySlotFile::SlotKind::Recovery, QString(), RecoveryCode::normalize(code), params,
                    {&m_dataKey});
    updated.save(m_where.slotPath(), {&m_dataKey});
    *m_slots = std::move(updated);
    return code;
}

void Vault::rotateDataKey()
{
    // The sequence keeps one invariant: the key file always holds a key that opens the store file on disk.
    //  1. key file gets the new key as "next" (both keys, both MACs)      -> store opens with current
    //  2. sqlcipher_export to sinergi.db.rotating under the new key       -> store still the old file
    //  3. close, atomic rename over sinergi.db                             -> store opens with next
    //  4. key file: next becomes current, old key dropped                  -> store opens with current
    // A crash anywhere is repaired by the next unlock (openWithKeys finishes or abandons step 4/1).
    if (const int open = m_workers->load(); open > 0)
        throw Error(ErrorCode::PolicyViolation,
                    tr("Other work is still using the store in the background (%n connection(s): a "
                       "validation, an export, a report or the record list). Wait until it has finished, "
                       "then rotate the key again. Nothing was changed.",
                       nullptr, open));
    SecureBuffer newKey = SecureBuffer::random(32);
    const QString rotating = rotatingPath(m_where);
    removeStoreFiles(rotating);

    KeySlotFile withNext = *m_slots;
    withNext.addNextKey(newKey);
    withNext.save(m_where.slotPath(), {&m_dataKey, &newKey});

    auto abandon = [&] {
        removeStoreFiles(rotating);
        m_slots->save(m_where.slotPath(), {&m_dataKey});
    };
    try {
        m_db.checkpointTruncate();
        m_db.exportTo(rotating, newKey);
    } catch (...) {
        abandon();
        throw;
    }

    m_db.close();
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(rotating).toStdString()),
                            std::filesystem::path(QFile::encodeName(m_where.storePath()).toStdString()), ec);
    if (ec) {
        m_db = Database::open(m_where.storePath(), m_dataKey);
        abandon();
        throw Error(ErrorCode::Io, u"rename: "_qs + QString::fromStdString(ec.message()));
    }
    m_db = Database::open(m_where.storePath(), newKey);
    withNext.promoteNextKey();
    withNext.save(m_where.slotPath(), {&newKey});
    *m_slots = std::move(withNext);
    m_dataKey = std::move(newKey);
}

Database Vault::openWorkerConnection() const
{
    Database db = Database::open(m_where.storePath(), m_dataKey);
    m_workers->fetch_add(1);
    db.setLease(std::shared_ptr<void>(nullptr, [workers = m_workers](void *) { workers->fetch_sub(1); }));
    return db;
}

} // namespace sinergi
