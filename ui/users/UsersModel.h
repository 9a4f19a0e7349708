#pragma once

#include "accounts/User.h"

#include <QAbstractTableModel>
#include <QList>

namespace sinergi {

// View model over Session::users(): one row per account. Small (tens of users), so it holds the list.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, ActiveColumn, MustChangeColumn, ColumnCount };
    // Qt::UserRole on any column gives the user name; SortRole gives a value that sorts naturally.
    static constexpr int UsernameRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(const QList<User> &users);
    const User &user(int row) const { return m_users.at(row); }
    int rowOf(const QString &username) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace sinergi
