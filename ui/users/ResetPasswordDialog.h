#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace sinergi {

class PasswordFeedback;

namespace Ui {
class ResetPasswordDialog;
}

// Sets a new initial password for another account (which also enables a disabled one: an enabled account
// needs a key slot, and the slot is made from this password).
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // Performs the change; false (after telling the user why) keeps the dialog open.
    using Apply = std::function<bool(const QString &password)>;

    ResetPasswordDialog(const QString &username, bool enabling, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    void setApply(Apply apply) { m_apply = std::move(apply); }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    QString m_username;
    bool m_enabling;
    PasswordFeedback *m_feedback = nullptr;
    Apply m_apply;
};

} // namespace sinergi
