#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace sinergi {

// Failed log-ins per user name, persisted in a small JSON file beside the store (sinergi.lockout) because
// a failed log-in happens before the store can be decrypted. 5 failures lock the name for 5 minutes.
// The file is a UI-level guard: the real defence against offline guessing is Argon2id's cost.
// Failed attempts are also queued here and moved into the audit log at the next successful unlock.
class LockoutTracker
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockSeconds = 5 * 60;

    struct PendingFailure
    {
        QString username;
        QDateTime at;
        QString reason; // "wrong-password", "locked", "disabled", "wrong-recovery-code"
    };

    LockoutTracker(QString filePath, const Clock &clock = Clock::system());

    // Seconds until the name may try again; 0 when not locked.
    int secondsLocked(const QString &username) const;
    // Records a failure (and queues it for the audit log). Returns true when this failure locked the name.
    bool recordFailure(const QString &username, const QString &reason);
    void recordSuccess(const QString &username);
    // Returns and clears the queued failures.
    QList<PendingFailure> takePending();

private:
    void load();
    void save() const; // atomic (writeFileAtomically); a failed write is ignored: lockout must never block a log-in

    QString m_path;
    const Clock &m_clock;
    struct Entry
    {
        int failures = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, Entry> m_entries; // key: lower-cased user name
    QList<PendingFailure> m_pending;
};

} // namespace sinergi
