#pragma once

#include "Database.h"
#include "Kdf.h"
#include "common/SecureBuffer.h"

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <vector>

namespace sinergi {

class KeySlotFile;

// Where a store lives: one folder with the SQLCipher file, the key-slot file and the lockout file.
struct StoreLocation
{
    QString dir;
    QString storePath() const;   // <dir>/sinergi.db
    QString slotPath() const;    // <dir>/sinergi.keys
    QString lockoutPath() const; // <dir>/sinergi.lockout
    QString lockPath() const;    // <dir>/sinergi.db.lock (one process at a time)
    bool storeExists() const;

    // $SINERGI_STORE, else <AppDataLocation>/store: one rule for the GUI and the CLI.
    static QString defaultDir();
};

// The encrypted store plus its key keyFile (LUKS-style). A random 256-bit data key encrypts the store; each
// user slot and the recovery slot hold that key, wrapped so that only the slot's password/code opens it.
// Holds the process lock on the store for its lifetime.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::Vault)
public:
    ~Vault();

    // Creates a new store with a first slot for `username` and a recovery slot. Returns the vault and
    // the recovery code (shown once).
    static std::unique_ptr<Vault> create(const StoreLocation &where, const QString &username,
                                         const SecureBuffer &password, const KdfParams &params,
                                         QString *recoveryCode);
    static std::unique_ptr<Vault> unlock(const StoreLocation &where, const QString &username,
                                         const SecureBuffer &password);
    static std::unique_ptr<Vault> unlockWithRecoveryCode(const StoreLocation &where, const QString &code);
    // User names that have a slot, read without any key (for the log-in screen). Throws SlotFileCorrupt.
    static QStringList slotUsers(const StoreLocation &where);

    Database &db() { return m_db; }
    const StoreLocation &location() const { return m_where; }

    // True when `password` opens `username`'s slot and yields this vault's data key.
    bool checkPassword(const QString &username, const SecureBuffer &password) const;
    void setUserSlot(const QString &username, const SecureBuffer &password, const KdfParams &params);
    void removeUserSlot(const QString &username);
    bool hasUserSlot(const QString &username) const;
    QStringList userSlots() const;
    // Replaces the recovery slot; returns the new code.
    QString regenerateRecoveryCode(const KdfParams &params);

    // Re-encrypts the whole store under a new random data key and re-wraps every slot. Crash-safe: at every
    // instant the store opens with the old or the new key (see Vault.cpp for the sequence).
    // Refused (PolicyViolation) while a worker connection is open: after the swap it would still read the
    // old file through the WAL the new one uses, and see "damaged" pages, or write into it.
    void rotateDataKey();

    // Opens an extra connection to the same store for a worker thread. Counted until it is closed.
    Database openWorkerConnection() const;
    int openWorkerConnections() const { return m_workers->load(); }

private:
    Vault(StoreLocation where, std::unique_ptr<QLockFile> lock, SecureBuffer dataKey, Database db,
          std::unique_ptr<KeySlotFile> keyFile);
    static std::unique_ptr<QLockFile> acquireLock(const StoreLocation &where);
    static std::unique_ptr<Vault> openWithKeys(const StoreLocation &where, std::unique_ptr<QLockFile> lock,
                                               std::unique_ptr<KeySlotFile> keyFile,
                                               std::vector<SecureBuffer> keys);

    StoreLocation m_where;
    std::unique_ptr<QLockFile> m_lock;
    SecureBuffer m_dataKey;
    Database m_db;
    std::unique_ptr<KeySlotFile> m_slots;
    std::shared_ptr<std::atomic_int> m_workers = std::make_shared<std::atomic_int>(0);
};

} // namespace sinergi
