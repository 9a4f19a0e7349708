#pragma once

#include <QWizardPage>

#include <memory>

namespace sinergi {

class Session;

namespace Ui {
class RecoveryCodePage;
}

// Wizard page 3: creates the store on a worker thread (Argon2id takes ~0.5 s per slot) and then shows the
// recovery code, which must be confirmed as written down before Finish is enabled.
class RecoveryCodePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RecoveryCodePage(QWidget *parent = nullptr);
    ~RecoveryCodePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool storeCreated() const { return m_session != nullptr || m_sessionTaken; }
    bool isBusy() const { return m_busy; }
    QString recoveryCode() const;
    std::unique_ptr<Session> takeSession();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Busy, Failed, Created };
    void create();
    void setState(State state);
    static QList<QWizard::WizardButton> standardButtonLayout();
    void retranslate();

    std::unique_ptr<Ui::RecoveryCodePage> m_ui;
    std::unique_ptr<Session> m_session;
    bool m_sessionTaken = false;
    bool m_busy = false;
};

} // namespace sinergi
