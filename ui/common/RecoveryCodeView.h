#pragma once

#include <QWidget>

#include <memory>

namespace sinergi {

namespace Ui {
class RecoveryCodeView;
}

// Shows a recovery code once: large monospace, with Print and Save buttons and the mandatory
// "I have written down the recovery code" check box. Used by the first-run wizard and the settings.
class RecoveryCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryCodeView(QWidget *parent = nullptr);
    ~RecoveryCodeView() override;

    void setCode(const QString &code);
    QString code() const { return m_code; }
    bool isConfirmed() const;

signals:
    void confirmedChanged(bool confirmed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void print();
    void saveToFile();
    QString documentText() const;

    std::unique_ptr<Ui::RecoveryCodeView> m_ui;
    QString m_code;
};

} // namespace sinergi
