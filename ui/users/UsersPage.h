#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace sinergi {

class Session;
class UsersModel;
struct User;

namespace Ui {
class UsersPage;
}

// User administration (ManageUsers): list with filter, create, disable/enable, reset password, change
// role. Every change goes through the Session, which checks the permission and writes the audit entry.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(Session &session, QWidget *parent = nullptr);
    ~UsersPage() override;

    UsersModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void reload();
    // Selects the row of `username` (for tests and after a change); false when not shown.
    bool selectUser(const QString &username);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<User> selectedUser() const;
    void updateButtons();
    void createUser();
    void toggleActive();
    void resetPassword(bool enable);
    void changeRole();
    // Runs a session call; shows its error through the message wrapper. True on success.
    template <typename F>
    bool attempt(const QString &title, F &&action);
    void retranslate();

    std::unique_ptr<Ui::UsersPage> m_ui;
    Session &m_session;
    UsersModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace sinergi
