#include "UserRepository.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace sinergi {

namespace {

constexpr const char *kColumns =
    "id, username, display_name, role, active, must_change_password, created_at, updated_at";

QString timestamp(const Clock &clock)
{
    // Fixed-width UTC text sorts and compares correctly as a string in SQL.
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

User readUser(const Statement &st)
{
    User u;
    u.id = st.int64(0);
    u.username = st.text(1);
    u.displayName = st.text(2);
    const std::optional<Role> role = roleFromId(st.text(3));
    if (!role) // the CHECK constraint should make this impossible
        throw Error(ErrorCode::Internal, u"users row %1 has unknown role '%2'"_qs.arg(u.id).arg(st.text(3)));
    u.role = *role;
    u.active = st.int64(4) != 0;
    u.mustChangePassword = st.int64(5) != 0;
    u.createdAt = parseTimestamp(st.text(6));
    u.updatedAt = parseTimestamp(st.text(7));
    return u;
}

Error unknownUser(const QString &username)
{
    return Error(ErrorCode::InvalidArgument,
                 QCoreApplication::translate("sinergi::UserRepository", "There is no user named \"%1\".")
                     .arg(username));
}

} // namespace

UserRepository::UserRepository(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QList<User> UserRepository::all() const
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM users ORDER BY username COLLATE NOCASE, id";
    Statement st = m_db.prepare(sql.constData());
    QList<User> users;
    while (st.step())
        users.append(readUser(st));
    return users;
}

std::optional<User> UserRepository::find(const QString &username) const
{
    // The column is declared COLLATE NOCASE, so '=' already ignores (ASCII) case and uses the unique index.
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM users WHERE username = ?1";
    Statement st = m_db.prepare(sql.constData());
    st.bind(1, username);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

User UserRepository::insert(const QString &username, const QString &displayName, Role role,
                            bool mustChangePassword)
{
    if (username.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("sinergi::UserRepository", "A user name must not be empty."));
    // Checked before the INSERT so the user gets a clear message rather than a constraint error.
    if (find(username))
        throw Error(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "sinergi::UserRepository",
                        "A user named \"%1\" already exists. User names are not case-sensitive; choose "
                        "another name.")
                        .arg(username));

    const QString now = timestamp(m_clock);
    Statement st = m_db.prepare("INSERT INTO users(username, display_name, role, active, "
                                "must_change_password, created_at, updated_at) "
                                "VALUES (?1, ?2, ?3, 1, ?4, ?5, ?5)");
    st.bindAll(username, displayName.isNull() ? QString(u""_qs) : displayName, roleId(role),
               mustChangePassword, now);
    st.exec();

    User u;
    u.id = m_db.lastInsertRowId();
    u.username = username;
    u.displayName = displayName;
    u.role = role;
    u.active = true;
    u.mustChangePassword = mustChangePassword;
    u.createdAt = u.updatedAt = parseTimestamp(now);
    return u;
}

namespace {

void updateColumn(Database &db, const Clock &clock, const char *sql, const QString &username,
                  const QVariant &value)
{
    Statement st = db.prepare(sql);
    st.bindAll(value, timestamp(clock), username);
    st.exec();
    if (db.changes() == 0)
        throw unknownUser(username);
}

} // namespace

void UserRepository::setActive(const QString &username, bool active)
{
    updateColumn(m_db, m_clock, "UPDATE users SET active = ?1, updated_at = ?2 WHERE username = ?3", username,
                 QVariant(active ? 1 : 0));
}

void UserRepository::setRole(const QString &username, Role role)
{
    updateColumn(m_db, m_clock, "UPDATE users SET role = ?1, updated_at = ?2 WHERE username = ?3", username,
                 QVariant(roleId(role)));
}

void UserRepository::setMustChangePassword(const QString &username, bool value)
{
    updateColumn(m_db, m_clock,
                 "UPDATE users SET must_change_password = ?1, updated_at = ?2 WHERE username = ?3", username,
                 QVariant(value ? 1 : 0));
}

void UserRepository::setDisplayName(const QString &username, const QString &displayName)
{
    updateColumn(m_db, m_clock, "UPDATE users SET display_name = ?1, updated_at = ?2 WHERE username = ?3",
                 username, QVariant(displayName.isNull() ? QString(u""_qs) : displayName));
}

int UserRepository::countActiveAdmins() const
{
    Statement st = m_db.prepare("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1");
    st.step();
    return st.int32(0);
}

} // namespace sinergi
