#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace sinergi {

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Viewer;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace sinergi
