#include "LoginDialog.h"

#include "ui_LoginDialog.h"

#include "RecoveryDialog.h"
#include "common/Background.h"
#include "session/Session.h"

#include <QEvent>
#include <QIcon>
#include <QLineEdit>
#include <QTimer>

namespace sinergi {

namespace {
using SessionHolder = std::shared_ptr<std::unique_ptr<Session>>;
}

LoginDialog::LoginDialog(const StoreLocation &where, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_mode(Mode::Login), m_where(where)
{
    setUpCommon();
    loadUsers();
}

LoginDialog::LoginDialog(Session &session, int idleMinutes, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_mode(Mode::IdleUnlock),
      m_where(session.location()), m_unlockSession(&session), m_idleMinutes(idleMinutes)
{
    setUpCommon();
    m_ui->usernameCombo->addItem(session.user().username);
    m_ui->usernameCombo->setEnabled(false);
    m_ui->recoveryLabel->hide();
    m_ui->passwordEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUpCommon()
{
    m_ui->setupUi(this);
    m_ui->logoLabel->setPixmap(QIcon(u":/icons/sinergi.svg"_qs).pixmap(48, 48));
    m_ui->errorLabel->hide();
    m_ui->lockoutLabel->hide();
    m_ui->busyLabel->hide();
    m_lockoutTimer = new QTimer(this);
    m_lockoutTimer->setInterval(1000);
    connect(m_lockoutTimer, &QTimer::timeout, this, [this] {
        m_lockedSeconds = qMax(0, m_lockedSeconds - 1);
        updateLockout();
    });
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_ui->recoveryLabel, &QLabel::linkActivated, this, &LoginDialog::openRecovery);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_ui->usernameCombo, &QComboBox::currentTextChanged, this, [this] {
        m_ui->errorLabel->hide();
        // A different name may not be locked out; ask the lockout file again.
        m_lockedSeconds = lockedSecondsFor(username());
        updateLockout();
    });
    retranslate();
    updateButtons();
}

void LoginDialog::loadUsers()
{
    try {
        const QStringList users = Vault::slotUsers(m_where);
        m_ui->usernameCombo->addItems(users);
    } catch (const Error &e) {
        // The log-in window still opens: the user sees why the store cannot be used.
        failed(e.userMessage());
    }
    m_ui->usernameCombo->setCurrentIndex(-1);
    m_ui->usernameCombo->setEditText({});
    m_ui->usernameCombo->setFocus();
}

QString LoginDialog::username() const
{
    return m_ui->usernameCombo->currentText().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

std::unique_ptr<Session> LoginDialog::takeSession()
{
    return std::move(m_session);
}

void LoginDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (m_busy || m_lockedSeconds > 0 || username().isEmpty() || m_ui->passwordEdit->text().isEmpty())
        return;
    if (m_mode == Mode::Login)
        attemptLogin();
    else
        attemptUnlock();
}

void LoginDialog::attemptLogin()
{
    setBusy(true);
    const StoreLocation where = m_where;
    const QString name = username();
    const QString password = m_ui->passwordEdit->text();
    runInBackground<SessionHolder>(
        this,
        [where, name, password] {
            return std::make_shared<std::unique_ptr<Session>>(Session::login(where, name, password));
        },
        [this](Outcome<SessionHolder> outcome) {
            setBusy(false);
            if (outcome.error) {
                failed(outcome.error->userMessage());
                return;
            }
            m_session = std::move(*outcome.value);
            m_done = true;
            accept();
        });
}

void LoginDialog::attemptUnlock()
{
    setBusy(true);
    Session *session = m_unlockSession;
    const QString password = m_ui->passwordEdit->text();
    runInBackground<bool>(
        this, [session, password] { return session->unlockAfterIdle(password); },
        [this](Outcome<bool> outcome) {
            setBusy(false);
            if (outcome.error) {
                failed(outcome.error->userMessage());
            } else if (!outcome.value) {
                failed(Error(ErrorCode::WrongPassword).userMessage());
            } else {
                m_done = true;
                accept();
            }
        });
}

void LoginDialog::failed(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    m_lockedSeconds = lockedSecondsFor(username());
    updateLockout();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyLabel->setVisible(busy);
    m_ui->usernameCombo->setEnabled(!busy && m_mode == Mode::Login);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(!busy);
    if (busy)
        m_ui->errorLabel->hide();
    updateButtons();
}

int LoginDialog::lockedSecondsFor(const QString &name) const
{
    if (m_where.dir.isEmpty() || name.isEmpty())
        return 0;
    try {
        return Session::secondsLockedOut(m_where, name);
    } catch (const Error &) {
        return 0; // the lockout file is only a UI guard (see LockoutTracker); never block on it
    }
}

void LoginDialog::updateLockout()
{
    if (m_lockedSeconds > 0) {
        m_ui->lockoutLabel->setText(
            tr("Too many failed attempts. You can try again in %n second(s).", nullptr, m_lockedSeconds));
        m_ui->lockoutLabel->show();
        if (!m_lockoutTimer->isActive())
            m_lockoutTimer->start();
    } else {
        m_ui->lockoutLabel->hide();
        m_lockoutTimer->stop();
    }
    updateButtons();
}

void LoginDialog::updateButtons()
{
    m_ui->loginButton->setEnabled(!m_busy && m_lockedSeconds == 0 && !m_ui->passwordEdit->text().isEmpty());
}

void LoginDialog::openRecovery()
{
    auto *dialog = new RecoveryDialog(m_where, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session = dialog->takeSession();
        if (m_session) {
            m_done = true;
            accept();
        }
    });
    dialog->open();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    if (m_mode == Mode::Login) {
        setWindowTitle(tr("Sinergi — log in"));
        m_ui->infoLabel->hide();
    } else {
        setWindowTitle(tr("Sinergi — locked"));
        m_ui->infoLabel->setText(
            m_idleMinutes > 0 ? tr("Sinergi was locked after %n minute(s) without activity. Your open work is "
                                   "kept; enter your password to continue.",
                                   nullptr, m_idleMinutes)
                              : tr("Sinergi is locked. Your open work is kept; enter your password to continue."));
        m_ui->infoLabel->show();
        m_ui->loginButton->setText(tr("&Unlock"));
        m_ui->cancelButton->setText(tr("Log &out"));
    }
}

} // namespace sinergi
