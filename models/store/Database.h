#pragma once

#include "Statement.h"
#include "common/Error.h"
#include "common/SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace sinergi {

// One SQLCipher connection. Owns the handle; move-only. Opening follows DESIGN.md:
// open -> raw key -> cipher settings -> verify by reading sqlite_master -> temp_store=MEMORY -> WAL ->
// foreign keys. Failures map to distinct error codes (wrong key, not a store, corrupted, locked, ...).
class Database
{
public:
    enum class Mode { OpenExisting, Create };

    static Database open(const QString &path, const SecureBuffer &rawKey, Mode mode = Mode::OpenExisting);

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    void close();
    const QString &path() const { return m_path; }

    void exec(const char *sql);
    Statement prepare(const char *sql) { return Statement(m_db, sql); }
    // First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const char *sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;

    // "ok" lists are empty; otherwise each line is one problem SQLite or SQLCipher reported.
    QStringList integrityCheck();
    QStringList cipherIntegrityCheck();
    void checkpointTruncate();
    // Writes a complete copy encrypted under newKey (sqlcipher_export); used by key rotation.
    void exportTo(const QString &targetPath, const SecureBuffer &newKey);
    void setCacheSizeKiB(int kib);

    QString cipherVersion();
    // Something released when this connection closes (or is destroyed): Vault counts its worker
    // connections with it.
    void setLease(std::shared_ptr<void> lease) { m_lease = std::move(lease); }
    sqlite3 *handle() const { return m_db; }

    // The SQLCipher version this build requires at run time (see platform-notes.md).
    static constexpr int kRequiredCipherMajor = 4;

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    void configure(const SecureBuffer &rawKey);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<void> m_lease;
};

} // namespace sinergi
