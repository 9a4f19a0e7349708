#include "UsersPage.h"

#include "ui_UsersPage.h"

#include "ResetPasswordDialog.h"
#include "RoleDialog.h"
#include "UserDialog.h"
#include "UsersModel.h"
#include "common/MessageBoxes.h"
#include "session/Session.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace sinergi {

UsersPage::UsersPage(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UsersPage>()), m_session(session),
      m_model(new UsersModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(UsersModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(UsersModel::UsernameColumn, Qt::AscendingOrder);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(UsersModel::DisplayNameColumn, QHeaderView::Stretch);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_ui->createButton, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] { resetPassword(false); });
    connect(m_ui->roleButton, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, &UsersPage::changeRole);
    retranslate();
    reload();
}

UsersPage::~UsersPage() = default;

void UsersPage::reload()
{
    const std::optional<User> selected = selectedUser();
    try {
        m_model->setUsers(m_session.users());
    } catch (const Error &e) {
        MessageBoxes::instance().critical(this, tr("Users"), e.userMessage());
    }
    if (selected)
        selectUser(selected->username);
    updateButtons();
}

bool UsersPage::selectUser(const QString &username)
{
    const int row = m_model->rowOf(username);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_ui->table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->setCurrentIndex(index);
    return true;
}

std::optional<User> UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->user(m_proxy->mapToSource(rows.first()).row());
}

void UsersPage::updateButtons()
{
    const std::optional<User> user = selectedUser();
    m_ui->activeButton->setEnabled(user.has_value());
    m_ui->resetButton->setEnabled(user.has_value());
    m_ui->roleButton->setEnabled(user.has_value());
    m_ui->activeButton->setText(user && !user->active ? tr("&Enable…") : tr("&Disable"));
    m_ui->countLabel->setText(tr("%n user(s)", nullptr, m_model->rowCount()));
}

template <typename F>
bool UsersPage::attempt(const QString &title, F &&action)
{
    // Argon2id runs for new key slots; the wait cursor says the pause is expected.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = true;
    try {
        action();
    } catch (const Error &e) {
        ok = false;
        QGuiApplication::restoreOverrideCursor();
        MessageBoxes::instance().warning(this, title, e.userMessage());
    }
    if (ok)
        QGuiApplication::restoreOverrideCursor();
    reload();
    return ok;
}

void UsersPage::createUser()
{
    auto *dialog = new UserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this](const UserDialog::Values &v) {
        const bool ok = attempt(tr("Create user"), [&] {
            m_session.createUser(v.username, v.displayName, v.role, v.password);
        });
        if (ok)
            selectUser(v.username);
        return ok;
    });
    dialog->open();
}

void UsersPage::toggleActive()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    if (!user->active) {
        resetPassword(true); // an enabled account needs a key slot, and a slot needs a password
        return;
    }
    if (!MessageBoxes::instance().question(
            this, tr("Disable user"),
            tr("Disable the account \"%1\"? The user can no longer log in; their key is removed. You can "
               "enable the account again later with a new password.")
                .arg(user->username)))
        return;
    attempt(tr("Disable user"), [&] { m_session.setUserActive(user->username, false); });
}

void UsersPage::resetPassword(bool enable)
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    auto *dialog = new ResetPasswordDialog(user->username, enable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString username = user->username;
    dialog->setApply([this, username, enable](const QString &password) {
        return attempt(enable ? tr("Enable user") : tr("Reset password"),
                       [&] { m_session.resetPassword(username, password); });
    });
    dialog->open();
}

void UsersPage::changeRole()
{
    const std::optional<User> user = selectedUser();
    if (!user)
        return;
    auto *dialog = new RoleDialog(user->username, user->role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString username = user->username;
    dialog->setApply([this, username](Role role) {
        return attempt(tr("Change role"), [&] { m_session.setRole(username, role); });
    });
    dialog->open();
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateButtons();
    }
    QWidget::changeEvent(event);
}

void UsersPage::retranslate()
{
    setWindowTitle(tr("Users"));
}

} // namespace sinergi
