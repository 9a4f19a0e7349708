#include "UsersModel.h"

#include <QBrush>
#include <QColor>

namespace sinergi {

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent) {}

void UsersModel::setUsers(const QList<User> &users)
{
    // A full reset is right here: the list is tiny and changes come from whole-list reloads.
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UsersModel::rowOf(const QString &username) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).username.compare(username, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    if (role == UsernameRole)
        return u.username;
    if (role == Qt::ForegroundRole && !u.active)
        return QBrush(QColor(0x7b, 0x87, 0x94));
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UsernameColumn: return u.username;
    case DisplayNameColumn: return u.displayName;
    case RoleColumn:
        if (role == SortRole)
            return int(u.role);
        if (role == Qt::ToolTipRole)
            return RoleNames::description(u.role);
        return RoleNames::displayName(u.role);
    case ActiveColumn:
        if (role == SortRole)
            return u.active;
        return u.active ? tr("Active") : tr("Disabled");
    case MustChangeColumn:
        if (role == SortRole)
            return u.mustChangePassword;
        return u.mustChangePassword ? tr("Yes") : tr("No");
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn: return tr("User name");
    case DisplayNameColumn: return tr("Full name");
    case RoleColumn: return tr("Role");
    case ActiveColumn: return tr("Status");
    case MustChangeColumn: return tr("Must change password");
    }
    return {};
}

} // namespace sinergi
