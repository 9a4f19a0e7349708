#pragma once

#include "accounts/Role.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace sinergi {

namespace Ui {
class RoleDialog;
}

// Changes one account's role; shows what each role may do.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    // Performs the change; false (after telling the user why) keeps the dialog open.
    using Apply = std::function<bool(Role role)>;

    RoleDialog(const QString &username, Role current, QWidget *parent = nullptr);
    ~RoleDialog() override;

    void setApply(Apply apply) { m_apply = std::move(apply); }
    Role role() const;
    void setRole(Role role);
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    std::unique_ptr<Ui::RoleDialog> m_ui;
    QString m_username;
    Role m_current;
    Apply m_apply;
};

} // namespace sinergi
