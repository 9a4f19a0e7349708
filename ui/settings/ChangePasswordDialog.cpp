#include "ChangePasswordDialog.h"

#include "ui_ChangePasswordDialog.h"

#include "common/PasswordFeedback.h"
#include "session/Session.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

namespace sinergi {

ChangePasswordDialog::ChangePasswordDialog(Session &session, Mode mode, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_session(session), m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_feedback = new PasswordFeedback(m_ui->newEdit, m_ui->confirmEdit, m_ui->feedbackLabel, this);
    m_feedback->setUsername(session.user().username);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &ChangePasswordDialog::updateButtons);
    connect(m_ui->currentEdit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButtons);
    retranslate();
    updateButtons();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QString ChangePasswordDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void ChangePasswordDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_feedback->isAcceptable() && !m_ui->currentEdit->text().isEmpty());
}

void ChangePasswordDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_ui->currentEdit->text() == m_feedback->password()) {
        m_ui->errorLabel->setText(tr("The new password must differ from the current one."));
        m_ui->errorLabel->show();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_session.changeOwnPassword(m_ui->currentEdit->text(), m_feedback->password());
    } catch (const Error &e) {
        QGuiApplication::restoreOverrideCursor();
        m_ui->errorLabel->setText(e.userMessage());
        m_ui->errorLabel->show();
        m_ui->currentEdit->clear();
        m_ui->currentEdit->setFocus();
        return;
    }
    QGuiApplication::restoreOverrideCursor();
    QDialog::accept();
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslate()
{
    if (m_mode == Mode::Required) {
        m_ui->introLabel->setText(tr("Your password was set by an administrator. Choose your own password "
                                     "now; nobody else should know it."));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Log &out"));
    } else {
        m_ui->introLabel->setText(tr("Your data stays readable: only the key slot of your account is "
                                     "re-protected with the new password."));
    }
}

} // namespace sinergi
