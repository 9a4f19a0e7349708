#pragma once

#include <QDialog>

#include <memory>

namespace sinergi {

class RecoveryCodeView;

namespace Ui {
class RecoveryCodeDialog;
}

// Shows a newly generated recovery code once; it closes only after "I have written down the recovery
// code" is ticked, because the code cannot be shown again.
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryCodeDialog(const QString &code, QWidget *parent = nullptr);
    ~RecoveryCodeDialog() override;

    RecoveryCodeView *view() const;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::RecoveryCodeDialog> m_ui;
};

} // namespace sinergi
