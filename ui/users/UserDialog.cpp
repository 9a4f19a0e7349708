#include "UserDialog.h"

#include "ui_UserDialog.h"

#include "common/PasswordFeedback.h"
#include "common/UsernameValidator.h"

#include <QEvent>
#include <QPushButton>

namespace sinergi {

UserDialog::UserDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>())
{
    m_ui->setupUi(this);
    m_ui->usernameEdit->setValidator(new UsernameValidator(this));
    m_feedback = new PasswordFeedback(m_ui->passwordEdit, m_ui->confirmEdit, m_ui->feedbackLabel, this);
    fillRoles();
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, m_feedback, &PasswordFeedback::setUsername);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &UserDialog::updateButtons);
    connect(m_ui->displayNameEdit, &QLineEdit::textChanged, this, &UserDialog::updateButtons);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &UserDialog::updateButtons);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->roleDescriptionLabel->setText(RoleNames::description(values().role));
    });
    m_ui->roleDescriptionLabel->setText(RoleNames::description(values().role));
    updateButtons();
}

UserDialog::~UserDialog() = default;

void UserDialog::fillRoles()
{
    const int current = m_ui->roleCombo->currentIndex();
    m_ui->roleCombo->clear();
    for (Role role : allRoles())
        m_ui->roleCombo->addItem(RoleNames::displayName(role), int(role));
    // Operator is the usual new account (counter staff); least surprise for a quick create.
    m_ui->roleCombo->setCurrentIndex(current >= 0 ? current : m_ui->roleCombo->findData(int(Role::Operator)));
}

UserDialog::Values UserDialog::values() const
{
    Values v;
    v.username = m_ui->usernameEdit->text().trimmed();
    v.displayName = m_ui->displayNameEdit->text().trimmed();
    v.role = Role(m_ui->roleCombo->currentData().toInt());
    v.password = m_ui->passwordEdit->text();
    return v;
}

void UserDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_ui->usernameEdit->hasAcceptableInput() && !m_ui->displayNameEdit->text().trimmed().isEmpty()
                     && m_feedback->isAcceptable());
}

void UserDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (!m_apply || m_apply(values()))
        QDialog::accept();
}

void UserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRoles();
    }
    QDialog::changeEvent(event);
}

} // namespace sinergi
