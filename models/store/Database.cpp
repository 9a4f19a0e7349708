#include "Database.h"

#include "SqliteErrors.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sqlite3.h>

#include <utility>

namespace sinergi {

namespace {

QByteArray keyPragmaValue(const SecureBuffer &rawKey)
{
    // SQLCipher's raw-key syntax: x'<64 hex>' skips its own PBKDF2 (we derive with Argon2id ourselves).
    SecureBuffer hex = rawKey.toHex();
    QByteArray v;
    v.reserve(static_cast<qsizetype>(hex.size() + 3));
    v.append("x'")
        .append(reinterpret_cast<const char *>(hex.data()), static_cast<qsizetype>(hex.size()))
        .append('\'');
    return v;
}

void wipe(QByteArray &b)
{
    sodium_memzero(b.data(), static_cast<size_t>(b.size()));
}

// SQLite's allocation statistics take a global mutex on every allocation of every connection; Sinergi
// never reads them (no sqlite3_status or soft heap limit), and the threads of an import or a validation
// job each run a connection of their own. The setting must come before SQLite initialises, which the
// first open does, so it is made once here; when something in the process initialised SQLite first, the
// call is refused and only this speed-up is lost.
void configureSqliteOnce()
{
    static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(rc)
}

bool looksLikePlainSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database Database::open(const QString &path, const SecureBuffer &rawKey, Mode mode)
{
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists())
        throw Error(ErrorCode::NotFound, path);
    if (mode == Mode::OpenExisting && info.size() == 0)
        throw Error(ErrorCode::NotAStore, path + u": empty file"_qs);
    if (mode == Mode::OpenExisting && looksLikePlainSqlite(path))
        throw Error(ErrorCode::NotAStore, path + u": plain (unencrypted) SQLite file"_qs);
    if (mode == Mode::Create && !QFileInfo(info.absolutePath()).isWritable())
        throw Error(ErrorCode::ReadOnly, info.absolutePath());

    configureSqliteOnce();
    sqlite3 *raw = nullptr;
    // CREATE is always allowed at the connection level because ATTACH (key rotation's export target)
    // inherits these flags; "open existing" is enforced by the existence check above.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Database db(raw, path);
    // Extended codes tell a failed write (disk full on some file systems) from other I/O errors.
    sqlite3_extended_result_codes(raw, 1);
    if (rc != SQLITE_OK)
        throw sqliteError(rc, raw, u"open "_qs + path);
    db.configure(rawKey);

    if (mode == Mode::OpenExisting) {
        // A truncated file opens fine and fails later on the first missing page; catch it now.
        const qint64 pageCount = db.scalar("PRAGMA page_count").toLongLong();
        const qint64 pageSize = db.scalar("PRAGMA page_size").toLongLong();
        if (!QFileInfo::exists(path + u"-wal"_qs) && QFileInfo(path).size() < pageCount * pageSize)
            throw Error(ErrorCode::Corrupted, path + u": file is shorter than its page count (truncated)"_qs);
    }
    return db;
}

void Database::configure(const SecureBuffer &rawKey)
{
    // Keep SQLCipher's HMAC complaints off the user's terminal; the error code tells us what happened.
    exec("PRAGMA cipher_log = '/dev/null'");
    exec("PRAGMA cipher_log_level = NONE");

    QByteArray keySpec = keyPragmaValue(rawKey);
    const int rc = sqlite3_key(m_db, keySpec.constData(), static_cast<int>(keySpec.size()));
    wipe(keySpec);
    if (rc != SQLITE_OK)
        throw sqliteError(rc, m_db, u"sqlite3_key"_qs);

    const QString version = cipherVersion();
    if (version.isEmpty() || version.section(u'.', 0, 0).toInt() < kRequiredCipherMajor)
        throw Error(ErrorCode::Unsupported, u"SQLCipher 4 required, found: "_qs + version);
    // Pin the SQLCipher 4 defaults so a future library default cannot silently change the file format.
    exec("PRAGMA cipher_compatibility = 4");

    // Verify the key before anything else touches the file: this is where a wrong key shows up.
    scalar("SELECT count(*) FROM sqlite_master");

    // Debian's SQLCipher spills big sorts to /var/tmp in plaintext otherwise (platform-notes.md).
    exec("PRAGMA temp_store = MEMORY");
    exec("PRAGMA busy_timeout = 2000");
    scalar("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    exec("PRAGMA foreign_keys = ON");
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_lease(std::move(other.m_lease))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_lease = std::move(other.m_lease);
    }
    return *this;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_lease.reset();
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        sqlite3_free(err);
        throw sqliteError(rc, m_db, QString::fromUtf8(sql).left(200));
    }
}

QVariant Database::scalar(const char *sql)
{
    Statement s = prepare(sql);
    if (!s.step())
        return {};
    return s.value(0);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QStringList Database::integrityCheck()
{
    QStringList problems;
    try {
        Statement s = prepare("PRAGMA integrity_check");
        while (s.step()) {
            const QString line = s.text(0);
            if (line != u"ok"_qs)
                problems << line;
        }
    } catch (const Error &e) {
        // A page that fails SQLCipher's authentication can make the check itself stop with a generic
        // SQLITE_ERROR instead of reporting a line; either way the file is damaged, and saying so is what
        // helps the user (restore a backup), not "unexpected error".
        if (e.code() != ErrorCode::Internal)
            throw;
        throw Error(ErrorCode::Corrupted, e.detail());
    }
    return problems;
}

QStringList Database::cipherIntegrityCheck()
{
    QStringList problems;
    Statement s = prepare("PRAGMA cipher_integrity_check");
    while (s.step())
        problems << s.text(0);
    return problems;
}

void Database::checkpointTruncate()
{
    scalar("PRAGMA wal_checkpoint(TRUNCATE)");
}

void Database::exportTo(const QString &targetPath, const SecureBuffer &newKey)
{
    QByteArray keySpec = keyPragmaValue(newKey);
    Statement attach = prepare("ATTACH DATABASE ?1 AS rotate_target KEY ?2");
    attach.bind(1, targetPath);
    // Bound as text so the key never appears in an SQL string that SQLite might keep around.
    attach.bind(2, QString::fromLatin1(keySpec));
    wipe(keySpec);
    attach.exec();
    try {
        scalar("SELECT sqlcipher_export('rotate_target')");
        // user_version is not copied by sqlcipher_export; the schema version lives there.
        const QByteArray uv = "PRAGMA rotate_target.user_version = " +
                              QByteArray::number(scalar("PRAGMA main.user_version").toLongLong());
        exec(uv.constData());
    } catch (...) {
        exec("DETACH DATABASE rotate_target");
        throw;
    }
    exec("DETACH DATABASE rotate_target");
}

void Database::setCacheSizeKiB(int kib)
{
    const QByteArray sql = "PRAGMA cache_size = -" + QByteArray::number(kib);
    exec(sql.constData());
}

QString Database::cipherVersion()
{
    return scalar("PRAGMA cipher_version").toString();
}

} // namespace sinergi
