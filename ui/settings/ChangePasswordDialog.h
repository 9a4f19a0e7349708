#pragma once

#include <QDialog>

#include <memory>

namespace sinergi {

class PasswordFeedback;
class Session;

namespace Ui {
class ChangePasswordDialog;
}

// The logged-in user's own password. In Required mode (first log-in with an initial password set by an
// administrator) the dialog explains why it appears.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };

    ChangePasswordDialog(Session &session, Mode mode, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    QString errorText() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslate();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Session &m_session;
    Mode m_mode;
    PasswordFeedback *m_feedback = nullptr;
};

} // namespace sinergi
