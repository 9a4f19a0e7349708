#include "Session.h"

#include "accounts/LockoutTracker.h"
#include "accounts/PasswordPolicy.h"
#include "accounts/UserRepository.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

namespace sinergi {

namespace {
// Lockout key for the recovery code, which has no user name.
const QString kRecoveryName = u"#recovery"_qs;
constexpr int kDefaultIdleMinutes = 10;
const QString kIdleKey = u"idle_lock_minutes"_qs;
} // namespace

Session::Session(std::unique_ptr<Vault> vault, User user, const Clock &clock)
    : m_vault(std::move(vault)), m_user(std::move(user)), m_clock(clock),
      m_audit(std::make_unique<AuditLog>(m_vault->db(), clock)),
      m_users(std::make_unique<UserRepository>(m_vault->db(), clock)),
      m_lockout(std::make_unique<LockoutTracker>(m_vault->location().lockoutPath(), clock))
{
}

Session::~Session() = default;

QString Session::json(std::initializer_list<std::pair<QString, QString>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void Session::validateUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{3,32}$"_qs);
    if (!pattern.match(username).hasMatch())
        throw Error(ErrorCode::InvalidArgument,
                    tr("A user name has 3 to 32 characters: letters, digits, dot, dash or underscore."));
}

void Session::require(Permission p) const
{
    if (!can(p))
        throw Error(ErrorCode::PermissionDenied, permissionId(p));
}

Session::Created Session::initialize(const StoreLocation &where, const QString &adminUsername,
                                     const QString &adminDisplayName, const QString &adminPassword,
                                     const KdfParams &params, const Clock &clock)
{
    validateUsername(adminUsername);
    PasswordPolicy::enforce(adminUsername, adminPassword);
    QString code;
    auto vault = Vault::create(where, adminUsername, SecureBuffer::fromString(adminPassword), params, &code);
    UserRepository users(vault->db(), clock);
    AuditLog audit(vault->db(), clock);
    User admin;
    {
        Transaction tx(vault->db());
        admin = users.insert(adminUsername, adminDisplayName.isEmpty() ? adminUsername : adminDisplayName,
                             Role::Admin, false);
        audit.append(adminUsername, u"store.create"_qs, where.dir);
        audit.append(adminUsername, u"user.create"_qs, adminUsername,
                     json({{u"role"_qs, roleId(Role::Admin)}}));
        audit.append(adminUsername, u"keys.recovery_created"_qs);
        audit.append(adminUsername, u"login.success"_qs, adminUsername);
        tx.commit();
    }
    Created created;
    created.session = std::unique_ptr<Session>(new Session(std::move(vault), admin, clock));
    created.recoveryCode = code;
    return created;
}

int Session::secondsLockedOut(const StoreLocation &where, const QString &username, const Clock &clock)
{
    return LockoutTracker(where.lockoutPath(), clock).secondsLocked(username);
}

std::unique_ptr<Session> Session::login(const StoreLocation &where, const QString &username,
                                        const QString &password, const Clock &clock)
{
    LockoutTracker lockout(where.lockoutPath(), clock);
    if (const int secs = lockout.secondsLocked(username); secs > 0)
        throw Error(ErrorCode::AccountLocked, QString::number(secs));
    std::unique_ptr<Vault> vault;
    try {
        vault = Vault::unlock(where, username, SecureBuffer::fromString(password));
    } catch (const Error &e) {
        if (e.code() != ErrorCode::WrongPassword)
            throw;
        if (lockout.recordFailure(username, u"wrong-password"_qs))
            throw Error(ErrorCode::AccountLocked, QString::number(lockout.secondsLocked(username)));
        throw;
    }
    UserRepository users(vault->db(), clock);
    const std::optional<User> user = users.find(username);
    if (!user || !user->active) {
        // A slot without an active account (should not happen: disabling removes the slot) is refused.
        lockout.recordFailure(username, u"disabled"_qs);
        auto session = std::unique_ptr<Session>(new Session(std::move(vault), User{}, clock));
        session->flushPendingFailures();
        throw Error(ErrorCode::AccountDisabled, username);
    }
    auto session = std::unique_ptr<Session>(new Session(std::move(vault), *user, clock));
    session->m_lockout->recordSuccess(username);
    session->flushPendingFailures();
    session->m_audit->append(user->username, u"login.success"_qs, user->username);
    return session;
}

std::unique_ptr<Session> Session::recover(const StoreLocation &where, const QString &recoveryCode,
                                          const QString &adminUsername, const QString &newPassword,
                                          const Clock &clock)
{
    LockoutTracker lockout(where.lockoutPath(), clock);
    if (const int secs = lockout.secondsLocked(kRecoveryName); secs > 0)
        throw Error(ErrorCode::AccountLocked, QString::number(secs));
    PasswordPolicy::enforce(adminUsername, newPassword);
    std::unique_ptr<Vault> vault;
    try {
        vault = Vault::unlockWithRecoveryCode(where, recoveryCode);
    } catch (const Error &e) {
        if (e.code() == ErrorCode::WrongRecoveryCode &&
            lockout.recordFailure(kRecoveryName, u"wrong-recovery-code"_qs))
            throw Error(ErrorCode::AccountLocked, QString::number(lockout.secondsLocked(kRecoveryName)));
        throw;
    }
    UserRepository users(vault->db(), clock);
    std::optional<User> admin = users.find(adminUsername);
    if (!admin || admin->role != Role::Admin)
        throw Error(ErrorCode::InvalidArgument,
                    tr("“%1” is not an administrator of this store.").arg(adminUsername));

    auto session = std::unique_ptr<Session>(new Session(std::move(vault), *admin, clock));
    {
        Transaction tx(session->db());
        users.setActive(admin->username, true);
        users.setMustChangePassword(admin->username, false);
        session->m_audit->append(admin->username, u"recovery.used"_qs, admin->username);
        session->m_audit->append(admin->username, u"user.password_reset"_qs, admin->username);
        session->m_vault->setUserSlot(admin->username, SecureBuffer::fromString(newPassword),
                                      KdfParams::forNewSlot());
        tx.commit();
    }
    session->m_user = *users.find(admin->username);
    session->m_lockout->recordSuccess(kRecoveryName);
    session->m_lockout->recordSuccess(admin->username);
    session->flushPendingFailures();
    session->m_audit->append(admin->username, u"login.success"_qs, admin->username);
    return session;
}

void Session::flushPendingFailures()
{
    const QList<LockoutTracker::PendingFailure> pending = m_lockout->takePending();
    if (pending.isEmpty())
        return;
    Transaction tx(db());
    for (const auto &f : pending)
        m_audit->append(
            f.username, u"login.failure"_qs, f.username,
            json({{u"reason"_qs, f.reason}, {u"at"_qs, f.at.toUTC().toString(Qt::ISODateWithMs)}}));
    tx.commit();
}

bool Session::unlockAfterIdle(const QString &password)
{
    if (const int secs = m_lockout->secondsLocked(m_user.username); secs > 0)
        throw Error(ErrorCode::AccountLocked, QString::number(secs));
    if (m_vault->checkPassword(m_user.username, SecureBuffer::fromString(password))) {
        m_lockout->recordSuccess(m_user.username);
        m_audit->append(m_user.username, u"session.unlock"_qs, m_user.username);
        return true;
    }
    const bool nowLocked = m_lockout->recordFailure(m_user.username, u"wrong-password"_qs);
    flushPendingFailures();
    if (nowLocked)
        throw Error(ErrorCode::AccountLocked, QString::number(m_lockout->secondsLocked(m_user.username)));
    return false;
}

void Session::recordIdleLock()
{
    m_audit->append(m_user.username, u"session.lock"_qs, m_user.username);
}

void Session::recordLogout()
{
    m_audit->append(m_user.username, u"session.logout"_qs, m_user.username);
}

QList<User> Session::users() const
{
    require(Permission::ManageUsers);
    return m_users->all();
}

User Session::existingUser(const QString &username) const
{
    const std::optional<User> u = m_users->find(username);
    if (!u)
        throw Error(ErrorCode::InvalidArgument, tr("There is no user “%1”.").arg(username));
    return *u;
}

bool Session::isLastActiveAdmin(const User &user) const
{
    return user.role == Role::Admin && user.active && m_users->countActiveAdmins() <= 1;
}

User Session::createUser(const QString &username, const QString &displayName, Role role,
                         const QString &initialPassword)
{
    require(Permission::ManageUsers);
    validateUsername(username);
    if (m_users->find(username))
        throw Error(ErrorCode::InvalidArgument, tr("The user name “%1” is already taken.").arg(username));
    PasswordPolicy::enforce(username, initialPassword);
    // The key file is written inside the DB transaction: if it fails, the row is rolled back; if the
    // commit fails after it, the slot is removed again.
    Transaction tx(db());
    const User created =
        m_users->insert(username, displayName.isEmpty() ? username : displayName, role, true);
    m_audit->append(m_user.username, u"user.create"_qs, username, json({{u"role"_qs, roleId(role)}}));
    m_vault->setUserSlot(username, SecureBuffer::fromString(initialPassword), KdfParams::forNewSlot());
    try {
        tx.commit();
    } catch (...) {
        m_vault->removeUserSlot(username);
        throw;
    }
    return created;
}

void Session::setUserActive(const QString &username, bool active)
{
    require(Permission::ManageUsers);
    const User target = existingUser(username);
    if (target.active == active)
        return;
    if (!active) {
        if (target.username.compare(m_user.username, Qt::CaseInsensitive) == 0)
            throw Error(ErrorCode::PolicyViolation, tr("You cannot disable your own account."));
        if (isLastActiveAdmin(target))
            throw Error(ErrorCode::PolicyViolation, tr("The last active administrator cannot be disabled."));
        Transaction tx(db());
        m_users->setActive(target.username, false);
        m_audit->append(m_user.username, u"user.disable"_qs, target.username);
        // The slot goes too, so the old password no longer decrypts the data key.
        m_vault->removeUserSlot(target.username);
        tx.commit();
        return;
    }
    if (!m_vault->hasUserSlot(target.username))
        throw Error(
            ErrorCode::PolicyViolation,
            tr("Set a new password for “%1” to enable the account (Reset password).").arg(target.username));
    Transaction tx(db());
    m_users->setActive(target.username, true);
    m_audit->append(m_user.username, u"user.enable"_qs, target.username);
    tx.commit();
}

void Session::resetPassword(const QString &username, const QString &newPassword)
{
    require(Permission::ManageUsers);
    const User target = existingUser(username);
    PasswordPolicy::enforce(target.username, newPassword);
    Transaction tx(db());
    m_users->setActive(target.username, true);
    m_users->setMustChangePassword(target.username, true);
    m_audit->append(m_user.username, u"user.password_reset"_qs, target.username);
    m_vault->setUserSlot(target.username, SecureBuffer::fromString(newPassword), KdfParams::forNewSlot());
    tx.commit();
}

void Session::setRole(const QString &username, Role role)
{
    require(Permission::ManageUsers);
    const User target = existingUser(username);
    if (target.role == role)
        return;
    if (role != Role::Admin && isLastActiveAdmin(target))
        throw Error(ErrorCode::PolicyViolation,
                    tr("The last active administrator cannot be given another role."));
    Transaction tx(db());
    m_users->setRole(target.username, role);
    m_audit->append(m_user.username, u"user.role"_qs, target.username,
                    json({{u"old"_qs, roleId(target.role)}, {u"new"_qs, roleId(role)}}));
    tx.commit();
    if (target.id == m_user.id)
        m_user.role = role;
}

void Session::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    if (!m_vault->checkPassword(m_user.username, SecureBuffer::fromString(currentPassword)))
        throw Error(ErrorCode::WrongPassword, u"current password"_qs);
    PasswordPolicy::enforce(m_user.username, newPassword);
    if (currentPassword == newPassword)
        throw Error(ErrorCode::PolicyViolation, tr("The new password must differ from the current one."));
    Transaction tx(db());
    m_users->setMustChangePassword(m_user.username, false);
    m_audit->append(m_user.username, u"user.password_change"_qs, m_user.username);
    m_vault->setUserSlot(m_user.username, SecureBuffer::fromString(newPassword), KdfParams::forNewSlot());
    tx.commit();
    m_user.mustChangePassword = false;
}

QString Session::setting(const QString &key, const QString &fallback) const
{
    auto s = m_vault->db().prepare("SELECT value FROM settings WHERE key = ?1");
    s.bind(1, key);
    return s.step() ? s.text(0) : fallback;
}

void Session::setSetting(const QString &key, const QString &value)
{
    require(Permission::ManageSettings);
    const QString old = setting(key);
    if (old == value)
        return;
    Transaction tx(db());
    auto s = db().prepare(
        "INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at");
    s.bindAll(key, value, m_clock.now().toUTC().toString(Qt::ISODate)).exec();
    m_audit->append(m_user.username, u"settings.change"_qs, key,
                    json({{u"old"_qs, old}, {u"new"_qs, value}}));
    tx.commit();
}

int Session::idleLockMinutes() const
{
    bool ok = false;
    const int v = setting(kIdleKey).toInt(&ok);
    return ok && v > 0 ? v : kDefaultIdleMinutes;
}

void Session::setIdleLockMinutes(int minutes)
{
    if (minutes < 1 || minutes > 240)
        throw Error(ErrorCode::InvalidArgument, tr("The idle lock must be between 1 and 240 minutes."));
    setSetting(kIdleKey, QString::number(minutes));
}

QString Session::regenerateRecoveryCode()
{
    require(Permission::ManageKeys);
    const QString code = m_vault->regenerateRecoveryCode(KdfParams::forNewSlot());
    m_audit->append(m_user.username, u"keys.recovery_regenerated"_qs);
    return code;
}

void Session::rotateDataKey()
{
    require(Permission::ManageKeys);
    m_rotatingKey.store(true);
    const auto done = qScopeGuard([this] { m_rotatingKey.store(false); });
    m_vault->rotateDataKey();
    m_audit->append(m_user.username, u"keys.rotate"_qs);
}

QList<AuditEntry> Session::queryAudit(const AuditFilter &filter) const
{
    require(Permission::ViewAudit);
    return m_audit->query(filter);
}

QList<AuditProblem> Session::verifyAudit() const
{
    require(Permission::ViewAudit);
    return m_audit->verify();
}

QStringList Session::checkStore()
{
    QStringList problems = db().integrityCheck();
    problems += db().cipherIntegrityCheck();
    for (const AuditProblem &p : m_audit->verify())
        problems << p.description;
    return problems;
}

} // namespace sinergi
