#include "FirstAdminPage.h"

#include "ui_FirstAdminPage.h"

#include "common/PasswordFeedback.h"
#include "common/UsernameValidator.h"

#include <QEvent>

namespace sinergi {

FirstAdminPage::FirstAdminPage(QWidget *parent) : QWizardPage(parent), m_ui(std::make_unique<Ui::FirstAdminPage>())
{
    m_ui->setupUi(this);
    m_ui->usernameEdit->setValidator(new UsernameValidator(this));
    m_feedback = new PasswordFeedback(m_ui->passwordEdit, m_ui->confirmEdit, m_ui->feedbackLabel, this);
    registerField(u"adminUsername"_qs, m_ui->usernameEdit);
    registerField(u"adminDisplayName"_qs, m_ui->displayNameEdit);
    registerField(u"adminPassword"_qs, m_ui->passwordEdit);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, m_feedback, &PasswordFeedback::setUsername);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

FirstAdminPage::~FirstAdminPage() = default;

bool FirstAdminPage::isComplete() const
{
    return m_ui->usernameEdit->hasAcceptableInput() && !m_ui->displayNameEdit->text().trimmed().isEmpty()
        && m_feedback->isAcceptable();
}

void FirstAdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void FirstAdminPage::retranslate()
{
    setTitle(tr("First administrator"));
    setSubTitle(tr("This account manages users, keys and settings. Create personal accounts for the other "
                   "staff after the set-up."));
    setButtonText(QWizard::NextButton, tr("&Create store"));
}

} // namespace sinergi
