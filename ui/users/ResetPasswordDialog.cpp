#include "ResetPasswordDialog.h"

#include "ui_ResetPasswordDialog.h"

#include "common/PasswordFeedback.h"

#include <QEvent>
#include <QPushButton>

namespace sinergi {

ResetPasswordDialog::ResetPasswordDialog(const QString &username, bool enabling, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResetPasswordDialog>()), m_username(username),
      m_enabling(enabling)
{
    m_ui->setupUi(this);
    m_feedback = new PasswordFeedback(m_ui->passwordEdit, m_ui->confirmEdit, m_ui->feedbackLabel, this);
    m_feedback->setUsername(username);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, m_ui->buttonBox->button(QDialogButtonBox::Ok),
            &QPushButton::setEnabled);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslate();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::accept()
{
    if (!m_feedback->isAcceptable())
        return;
    if (!m_apply || m_apply(m_feedback->password()))
        QDialog::accept();
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslate()
{
    setWindowTitle(m_enabling ? tr("Enable user") : tr("Reset password"));
    m_ui->introLabel->setText(
        m_enabling ? tr("Enable the account \"%1\" with a new initial password. The user must change it at the "
                        "next log-in.")
                         .arg(m_username)
                   : tr("Set a new initial password for \"%1\". The user must change it at the next log-in.")
                         .arg(m_username));
}

} // namespace sinergi
