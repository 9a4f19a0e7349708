#include "AppController.h"

#include "MainWindow.h"
#include "common/AppSettings.h"
#include "common/MessageBoxes.h"
#include "idle/IdleMonitor.h"
#include "login/LoginDialog.h"
#include "session/Session.h"
#include "settings/ChangePasswordDialog.h"
#include "wizard/FirstRunWizard.h"

#include <QApplication>
#include <QDir>

namespace sinergi {

AppController::AppController(const StoreLocation &where, QObject *parent)
    : QObject(parent), m_where(where), m_idle(new IdleMonitor(this))
{
    // Windows come and go (log-in, lock, main); the application ends only through quit().
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_idle, &IdleMonitor::idle, this, [this] { lockWith(qMax(1, m_idle->intervalMs() / 60000)); });
}

AppController::~AppController()
{
    // Windows first: their pages hold references into the session.
    delete m_lockDialog;
    delete m_changePassword;
    delete m_main;
    delete m_login;
    delete m_wizard;
}

MainWindow *AppController::mainWindow() const
{
    return m_main;
}
FirstRunWizard *AppController::wizard() const
{
    return m_wizard;
}
LoginDialog *AppController::loginDialog() const
{
    return m_login;
}
LoginDialog *AppController::lockDialog() const
{
    return m_lockDialog;
}
ChangePasswordDialog *AppController::changePasswordDialog() const
{
    return m_changePassword;
}
bool AppController::isLocked() const
{
    return !m_lockDialog.isNull();
}

void AppController::start()
{
    if (m_where.storeExists())
        showLogin();
    else
        showWizard();
}

void AppController::present(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
    emit windowShown(window);
}

void AppController::showWizard()
{
    m_wizard = new FirstRunWizard(m_where.dir);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::accepted, this, [this] {
        // The user may have chosen another folder than the proposed one: the store lives there now, and
        // the next start must look there too.
        const QString chosen = QDir::cleanPath(QDir::fromNativeSeparators(m_wizard->storeDir().trimmed()));
        if (chosen != QDir::cleanPath(m_where.dir))
            AppSettings::setStoreDir(chosen);
        m_where = StoreLocation{chosen};
        loggedIn(m_wizard->takeSession());
    });
    connect(m_wizard, &QDialog::rejected, this, &AppController::quit);
    present(m_wizard);
}

void AppController::showLogin()
{
    m_login = new LoginDialog(m_where);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &QDialog::accepted, this, [this] { loggedIn(m_login->takeSession()); });
    connect(m_login, &QDialog::rejected, this, &AppController::quit);
    present(m_login);
}

void AppController::loggedIn(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
    if (!m_session) {
        showLogin();
        return;
    }
    if (!m_session->user().mustChangePassword) {
        openMain();
        return;
    }
    m_changePassword = new ChangePasswordDialog(*m_session, ChangePasswordDialog::Mode::Required);
    m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changePassword, &QDialog::accepted, this, &AppController::openMain);
    connect(m_changePassword, &QDialog::rejected, this, [this] {
        m_session.reset();
        showLogin();
    });
    present(m_changePassword);
}

void AppController::openMain()
{
    m_main = new MainWindow(*m_session);
    connect(m_main, &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main, &MainWindow::logoutRequested, this, &AppController::logout);
    connect(m_main, &MainWindow::quitRequested, this, &AppController::quit);
    connect(m_main, &MainWindow::idleLockMinutesChanged, m_idle, &IdleMonitor::setIntervalMinutes);
    connect(m_main, &MainWindow::longOperationRunning, this, [this](bool running) {
        m_busy = running;
        m_idle->setInhibited(running);
    });
    try {
        m_idle->setIntervalMinutes(m_session->idleLockMinutes());
    } catch (const Error &) {
        m_idle->setIntervalMinutes(10); // the documented default; the lock must work even then
    }
    m_idle->start();
    present(m_main);
}

void AppController::lock()
{
    lockWith(0);
}

void AppController::lockWith(int idleMinutes)
{
    if (!m_main || m_lockDialog || m_busy)
        return;
    m_idle->stop();
    try {
        m_session->recordIdleLock();
    } catch (const Error &) {
        // Locking matters more than its audit entry: lock anyway.
    }
    // Hide every window (main window, its open dialogs, popups) without destroying any: unsaved edits
    // stay exactly as they were.
    m_hiddenByLock.clear();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w->isVisible()) {
            m_hiddenByLock.append(w);
            w->hide();
        }
    }
    m_lockDialog = new LoginDialog(*m_session, idleMinutes);
    m_lockDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_lockDialog, &QDialog::accepted, this, &AppController::unlocked);
    connect(m_lockDialog, &QDialog::rejected, this, &AppController::logout);
    present(m_lockDialog);
}

void AppController::unlocked()
{
    m_lockDialog = nullptr;
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenByLock)) {
        if (w)
            w->show();
    }
    m_hiddenByLock.clear();
    if (m_main) {
        m_main->raise();
        m_main->activateWindow();
    }
    m_idle->start();
    emit windowShown(m_main);
}

void AppController::logout()
{
    if (m_busy)
        return;
    m_idle->stop();
    m_hiddenByLock.clear();
    if (m_lockDialog) {
        m_lockDialog->disconnect(this);
        m_lockDialog->close();
        m_lockDialog = nullptr;
    }
    if (m_main) {
        // The pages hold references into the session, and logout may be called from inside one of the
        // main window's own signals, so the window goes with deleteLater and the session is kept alive
        // by the connection below until the window (and every page) is gone. The store lock is
        // released at that moment, long before anyone can type a password into the new log-in window.
        recordLogout();
        MainWindow *main = m_main;
        m_main = nullptr;
        main->disconnect(this);
        main->hide();
        main->shutDownBackgroundWork(); // the session may end before the deferred delete runs
        std::shared_ptr<Session> closing(std::move(m_session));
        connect(main, &QObject::destroyed, this, [closing]() mutable { closing.reset(); });
        main->deleteLater();
    }
    m_session.reset();
    showLogin();
}

void AppController::quit()
{
    if (m_busy)
        return; // a data-key rotation must finish; its progress window says so
    m_idle->stop();
    if (m_main)
        m_main->shutDownBackgroundWork();
    recordLogout();
    emit finished();
}

void AppController::recordLogout()
{
    if (!m_session)
        return;
    try {
        m_session->recordLogout();
    } catch (const Error &) {
        // Leaving must always work; a log-out entry that cannot be written (disk full) is not a reason to
        // keep the user in.
    }
}

} // namespace sinergi
