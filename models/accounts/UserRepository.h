#pragma once

#include "User.h"

#include <QList>
#include <optional>

namespace sinergi {

class Database;
class Clock;

// SQL for the users table. No policy here (that is the Session's job): just rows.
class UserRepository
{
public:
    UserRepository(Database &db, const Clock &clock);

    QList<User> all() const;
    std::optional<User> find(const QString &username) const; // case-insensitive
    User insert(const QString &username, const QString &displayName, Role role, bool mustChangePassword);
    void setActive(const QString &username, bool active);
    void setRole(const QString &username, Role role);
    void setMustChangePassword(const QString &username, bool value);
    void setDisplayName(const QString &username, const QString &displayName);
    int countActiveAdmins() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace sinergi
