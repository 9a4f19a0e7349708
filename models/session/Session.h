#pragma once

#include "accounts/Role.h"
#include "accounts/User.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "store/Kdf.h"
#include "store/Vault.h"

#include <QCoreApplication>

#include <QList>
#include <QString>
#include <atomic>

#include <memory>

namespace sinergi {

class LockoutTracker;
class UserRepository;

// An unlocked store with a logged-in user: the one object the UI and the CLI talk to for the foundation
// features. Every method checks the user's permission, writes the audit entry in the same transaction as
// the change, and throws sinergi::Error with a clear code on failure.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::Session)
public:
    ~Session();

    struct Created
    {
        std::unique_ptr<Session> session;
        QString recoveryCode; // show once, never stored
    };
    // First run: creates the store, the first admin (with slot) and the recovery slot.
    static Created initialize(const StoreLocation &where, const QString &adminUsername,
                              const QString &adminDisplayName, const QString &adminPassword,
                              const KdfParams &params = KdfParams::forNewSlot(),
                              const Clock &clock = Clock::system());
    // Throws WrongPassword, AccountLocked (with the seconds in detail), AccountDisabled, or a store error.
    static std::unique_ptr<Session> login(const StoreLocation &where, const QString &username,
                                          const QString &password, const Clock &clock = Clock::system());
    // Recovery: the recovery code opens the store; `adminUsername` (an admin) gets `newPassword`, is
    // re-enabled, and is logged in. Audited.
    static std::unique_ptr<Session> recover(const StoreLocation &where, const QString &recoveryCode,
                                            const QString &adminUsername, const QString &newPassword,
                                            const Clock &clock = Clock::system());
    // Seconds the name is still locked out (0 = may try).
    static int secondsLockedOut(const StoreLocation &where, const QString &username,
                                const Clock &clock = Clock::system());

    const User &user() const { return m_user; }
    bool can(Permission p) const { return roleHas(m_user.role, p); }
    Database &db() { return m_vault->db(); }
    Vault &vault() { return *m_vault; }
    // Raw access for writers in the core (appending needs no permission: every action is logged).
    AuditLog &audit() { return *m_audit; }
    // Reading and verifying the log need ViewAudit.
    QList<AuditEntry> queryAudit(const AuditFilter &filter) const;
    QList<AuditProblem> verifyAudit() const;
    const StoreLocation &location() const { return m_vault->location(); }

    // Idle lock: the window stays, the user re-enters the password. Counts toward lockout; audited.
    // Returns false on a wrong password; throws AccountLocked when locked out.
    bool unlockAfterIdle(const QString &password);
    void recordIdleLock(); // audit entry "session.lock"
    void recordLogout();   // audit entry "session.logout"; the caller then destroys the session

    // Users (ManageUsers unless noted).
    QList<User> users() const;
    User createUser(const QString &username, const QString &displayName, Role role,
                    const QString &initialPassword);          // user must change it at first log-in
    void setUserActive(const QString &username, bool active); // disabling removes the key slot
    void resetPassword(const QString &username, const QString &newPassword); // re-enables, must change
    void setRole(const QString &username, Role role);
    // Own password (any role): needs the current one.
    void changeOwnPassword(const QString &currentPassword, const QString &newPassword);

    // Settings (ManageSettings for writes). Stored in the store, audited with old -> new value.
    int idleLockMinutes() const;          // default 10
    void setIdleLockMinutes(int minutes); // 1..240
    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);

    // Keys (ManageKeys).
    QString regenerateRecoveryCode();
    void rotateDataKey();
    // True while rotateDataKey() runs (on a worker thread, ui/settings): the store's connection is then
    // replaced underneath, so other threads must not touch db() until it is false again.
    bool isRotatingKey() const { return m_rotatingKey.load(); }

    // Store health: integrity + cipher integrity + audit chain. Empty = healthy.
    QStringList checkStore();

private:
    Session(std::unique_ptr<Vault> vault, User user, const Clock &clock);
    void require(Permission p) const;
    void flushPendingFailures();
    User existingUser(const QString &username) const;
    bool isLastActiveAdmin(const User &user) const;
    static void validateUsername(const QString &username);
    static QString json(std::initializer_list<std::pair<QString, QString>> fields);

    std::unique_ptr<Vault> m_vault;
    User m_user;
    const Clock &m_clock;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<LockoutTracker> m_lockout;
    std::atomic<bool> m_rotatingKey{false};
};

} // namespace sinergi
