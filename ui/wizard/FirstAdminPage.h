#pragma once

#include <QWizardPage>

#include <memory>

namespace sinergi {

class PasswordFeedback;

namespace Ui {
class FirstAdminPage;
}

// Wizard page 2: the first administrator (user name, display name, password with live policy feedback).
class FirstAdminPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstAdminPage(QWidget *parent = nullptr);
    ~FirstAdminPage() override;

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::FirstAdminPage> m_ui;
    PasswordFeedback *m_feedback = nullptr;
};

} // namespace sinergi
