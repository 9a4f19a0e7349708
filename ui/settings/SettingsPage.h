#pragma once

#include <QWidget>

#include <memory>

class QProgressDialog;

namespace sinergi {

class Session;

namespace Ui {
class SettingsPage;
}

// Settings: this computer's preferences (language, store folder), store-wide security settings
// (ManageSettings), key management (ManageKeys) and the user's own password (everyone).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Session &session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    bool isRotating() const { return m_rotating; }

    // The actions behind the buttons, public so tests can drive them without a click.
    void applyIdleMinutes();
    void changeLanguage(int index);
    void changeStoreLocation();
    void rotateDataKey();
    void newRecoveryCode();
    void changeOwnPassword();

signals:
    void idleLockMinutesChanged(int minutes);
    void longOperationRunning(bool running);
    void userChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void updateIdleButton();
    void retranslate();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    Session &m_session;
    QProgressDialog *m_progress = nullptr;
    bool m_rotating = false;
};

} // namespace sinergi
