#pragma once

#include "store/Vault.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace sinergi {

class Session;

namespace Ui {
class LoginDialog;
}

// The log-in window. In Login mode it opens the store and yields a Session; in IdleUnlock mode (the
// window was locked after inactivity) the user name is fixed and the password is checked against the
// already-open session. Failures are shown inline, never as a crash or a blocking box.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Login, IdleUnlock };

    // Log-in mode.
    explicit LoginDialog(const StoreLocation &where, QWidget *parent = nullptr);
    // Idle-unlock mode for `session`'s user; idleMinutes 0 means the user locked it (Lock now).
    LoginDialog(Session &session, int idleMinutes, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Mode mode() const { return m_mode; }
    // After accept() in Login mode (also when the recovery code was used).
    std::unique_ptr<Session> takeSession();
    bool isBusy() const { return m_busy; }
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpCommon();
    void loadUsers();
    void attemptLogin();
    void attemptUnlock();
    void failed(const QString &message);
    void setBusy(bool busy);
    void updateLockout();
    int lockedSecondsFor(const QString &name) const;
    void openRecovery();
    void updateButtons();
    QString username() const;
    void retranslate();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Mode m_mode;
    StoreLocation m_where;
    Session *m_unlockSession = nullptr;
    int m_idleMinutes = 0;
    std::unique_ptr<Session> m_session;
    QTimer *m_lockoutTimer = nullptr;
    int m_lockedSeconds = 0;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace sinergi
