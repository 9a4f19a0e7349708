#pragma once

#include "store/Vault.h"

#include <QDialog>

#include <memory>

namespace sinergi {

class PasswordFeedback;
class Session;

namespace Ui {
class RecoveryDialog;
}

// "Forgot password": the recovery code opens the store, an administrator gets a new password and is
// logged in (Session::recover, audited).
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(const StoreLocation &where, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    std::unique_ptr<Session> takeSession();
    bool isBusy() const { return m_busy; }
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void setBusy(bool busy);
    void updateButtons();

    std::unique_ptr<Ui::RecoveryDialog> m_ui;
    StoreLocation m_where;
    PasswordFeedback *m_feedback = nullptr;
    std::unique_ptr<Session> m_session;
    bool m_busy = false;
};

} // namespace sinergi
