#include "LockoutTracker.h"

#include "common/AtomicFile.h"
#include "common/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi {

namespace {

// Someone hammering the log-in form must not grow the file without bound; the oldest entries go first
// because the newest ones say most about an ongoing attack.
constexpr qsizetype kMaxPending = 1000;
// Anything larger is not a file we wrote; reading it whole would only waste memory before a log-in.
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

QString keyOf(const QString &username)
{
    return username.trimmed().toLower();
}

QString toText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

} // namespace

LockoutTracker::LockoutTracker(QString filePath, const Clock &clock)
    : m_path(std::move(filePath)), m_clock(clock)
{
    load();
}

int LockoutTracker::secondsLocked(const QString &username) const
{
    const auto it = m_entries.constFind(keyOf(username));
    if (it == m_entries.cend() || !it->lockedUntil.isValid())
        return 0;
    const qint64 ms = m_clock.now().msecsTo(it->lockedUntil);
    if (ms <= 0)
        return 0;
    // Round up: "0 seconds left" while still locked would make the UI offer a log-in that is refused.
    return static_cast<int>((ms + 999) / 1000);
}

bool LockoutTracker::recordFailure(const QString &username, const QString &reason)
{
    const QDateTime now = m_clock.now().toUTC();

    m_pending.append({username, now, reason});
    if (m_pending.size() > kMaxPending)
        m_pending.remove(0, m_pending.size() - kMaxPending);

    bool lockedNow = false;
    Entry &entry = m_entries[keyOf(username)];
    if (entry.lockedUntil.isValid() && now < entry.lockedUntil) {
        // Attempts while locked are refused before the password is checked; they are audited (queued
        // above) but neither count nor extend the lock, so a locked name cannot be kept locked forever
        // by someone else typing into the form.
    } else {
        if (entry.lockedUntil.isValid()) {
            // The lock has run out: the name starts over with a clean count.
            entry.failures = 0;
            entry.lockedUntil = QDateTime();
        }
        ++entry.failures;
        if (entry.failures >= kMaxFailures) {
            entry.lockedUntil = now.addSecs(kLockSeconds);
            lockedNow = true;
        }
    }
    save();
    return lockedNow;
}

void LockoutTracker::recordSuccess(const QString &username)
{
    if (m_entries.remove(keyOf(username)) > 0)
        save();
}

QList<LockoutTracker::PendingFailure> LockoutTracker::takePending()
{
    QList<PendingFailure> result;
    result.swap(m_pending);
    if (!result.isEmpty())
        save();
    return result;
}

void LockoutTracker::load()
{
    m_entries.clear();
    m_pending.clear();

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize)
        return;
    // A damaged or foreign file is treated as empty: this guard must never stand between a user and
    // the store. Losing the counters only gives an attacker a few more Argon2id-priced guesses.
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return;
    const QJsonObject root = doc.object();

    const QJsonObject names = root.value(u"names"_qs).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry entry;
        entry.failures = qBound(0, o.value(u"failures"_qs).toInt(), kMaxFailures);
        entry.lockedUntil = fromText(o.value(u"lockedUntil"_qs).toString());
        if (entry.failures > 0 || entry.lockedUntil.isValid())
            m_entries.insert(keyOf(it.key()), entry);
    }

    const QJsonArray pending = root.value(u"pending"_qs).toArray();
    for (const QJsonValue &v : pending) {
        const QJsonObject o = v.toObject();
        PendingFailure failure{o.value(u"username"_qs).toString(), fromText(o.value(u"at"_qs).toString()),
                               o.value(u"reason"_qs).toString()};
        if (!failure.username.isEmpty())
            m_pending.append(failure);
    }
    if (m_pending.size() > kMaxPending)
        m_pending.remove(0, m_pending.size() - kMaxPending);
}

void LockoutTracker::save() const
{
    QJsonObject names;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject o;
        o.insert(u"failures"_qs, it->failures);
        if (it->lockedUntil.isValid())
            o.insert(u"lockedUntil"_qs, toText(it->lockedUntil));
        names.insert(it.key(), o);
    }
    QJsonArray pending;
    for (const PendingFailure &p : m_pending) {
        pending.append(
            QJsonObject{{u"username"_qs, p.username}, {u"at"_qs, toText(p.at)}, {u"reason"_qs, p.reason}});
    }
    const QJsonObject root{{u"version"_qs, 1}, {u"names"_qs, names}, {u"pending"_qs, pending}};

    try {
        writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact));
    } catch (const Error &) {
        // Ignored on purpose: see the header. The old file stays intact.
    }
}

} // namespace sinergi
