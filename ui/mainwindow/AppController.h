#pragma once

#include "store/Vault.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace sinergi {

class ChangePasswordDialog;
class FirstRunWizard;
class IdleMonitor;
class LoginDialog;
class MainWindow;
class Session;

// The application's flow between windows: first-run wizard or log-in, then the main window; idle lock
// and unlock; log out; quit. It owns the Session and the main window. Windows are shown with show()/
// open(), never exec(), so the flow is driven by signals and tests can step through it.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(const StoreLocation &where, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the wizard when there is no store at the location yet, otherwise the log-in window.
    void start();

    void lock();
    void logout();
    void quit();

    Session *session() const { return m_session.get(); }
    // The windows of the flow; nullptr when not shown.
    MainWindow *mainWindow() const;
    FirstRunWizard *wizard() const;
    LoginDialog *loginDialog() const;
    LoginDialog *lockDialog() const;
    ChangePasswordDialog *changePasswordDialog() const;
    IdleMonitor *idleMonitor() const { return m_idle; }
    bool isLocked() const;

signals:
    // A window of the flow was shown (wizard, log-in, main window, lock dialog).
    void windowShown(QWidget *window);
    // The user quit (or cancelled the first window): the application should exit.
    void finished();

private:
    void recordLogout();
    void showWizard();
    void showLogin();
    void loggedIn(std::unique_ptr<Session> session);
    void openMain();
    void lockWith(int idleMinutes); // 0 = locked by the user
    void unlocked();
    void present(QWidget *window);

    StoreLocation m_where;
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_main;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<LoginDialog> m_login;
    QPointer<LoginDialog> m_lockDialog;
    QPointer<ChangePasswordDialog> m_changePassword;
    QList<QPointer<QWidget>> m_hiddenByLock;
    IdleMonitor *m_idle = nullptr;
    bool m_busy = false;
};

} // namespace sinergi
