#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sinergi {

class Database;

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime ts; // UTC
    QString actor;
    QString action; // dotted id, e.g. "login.success", "user.create", "keys.rotate", "settings.change"
    QString target;
    QString details; // JSON object text
    QByteArray prevHash;
    QByteArray hash;
};

struct AuditFilter
{
    QString actor;           // exact, empty = any
    QString actionPrefix;    // e.g. "login." ; empty = any
    QString text;            // substring of target or details; empty = any
    QDateTime from, to;      // inclusive, invalid = open
    int limit = 10000;
};

struct AuditProblem
{
    enum class Kind { Edited, Missing, Reordered, TailTruncated };
    Kind kind;
    qint64 seq; // the entry where the chain breaks
    QString description;
};

// Append-only, hash-chained log inside the store: hash = BLAKE2b-256(prev_hash || canonical entry).
// The last seq and hash are also kept in meta so deleting entries at the end is detected too.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock = Clock::system());

    // Appends within the caller's transaction if one is open (so an action and its audit entry commit
    // together), otherwise in its own.
    AuditEntry append(const QString &actor, const QString &action, const QString &target = {},
                      const QString &details = {});
    QList<AuditEntry> query(const AuditFilter &filter) const; // newest first
    qint64 count() const;
    // Empty when the chain is intact.
    QList<AuditProblem> verify() const;

    static QByteArray computeHash(const QByteArray &prevHash, const AuditEntry &entry);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace sinergi
