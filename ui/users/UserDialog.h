#pragma once

#include "accounts/Role.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace sinergi {

class PasswordFeedback;

namespace Ui {
class UserDialog;
}

// New account: user name, full name, role and an initial password the user must change at first log-in.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString username;
        QString displayName;
        Role role = Role::Operator;
        QString password;
    };
    // Performs the change; returns false (after telling the user why) to keep the dialog open.
    using Apply = std::function<bool(const Values &)>;

    explicit UserDialog(QWidget *parent = nullptr);
    ~UserDialog() override;

    void setApply(Apply apply) { m_apply = std::move(apply); }
    Values values() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void fillRoles();

    std::unique_ptr<Ui::UserDialog> m_ui;
    PasswordFeedback *m_feedback = nullptr;
    Apply m_apply;
};

} // namespace sinergi
