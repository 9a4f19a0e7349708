#include "RecoveryDialog.h"

#include "ui_RecoveryDialog.h"

#include "common/Background.h"
#include "common/PasswordFeedback.h"
#include "session/Session.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>

namespace sinergi {

namespace {
using SessionHolder = std::shared_ptr<std::unique_ptr<Session>>;
}

RecoveryDialog::RecoveryDialog(const StoreLocation &where, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecoveryDialog>()), m_where(where)
{
    m_ui->setupUi(this);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_ui->codeEdit->setFont(mono);
    m_ui->errorLabel->hide();
    m_ui->busyLabel->hide();
    m_feedback = new PasswordFeedback(m_ui->passwordEdit, m_ui->confirmEdit, m_ui->feedbackLabel, this);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, m_feedback, &PasswordFeedback::setUsername);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &RecoveryDialog::updateButtons);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &RecoveryDialog::updateButtons);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &RecoveryDialog::updateButtons);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Recover and log in"));
    updateButtons();
}

RecoveryDialog::~RecoveryDialog() = default;

std::unique_ptr<Session> RecoveryDialog::takeSession()
{
    return std::move(m_session);
}

QString RecoveryDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void RecoveryDialog::accept()
{
    if (m_session) {
        QDialog::accept();
        return;
    }
    if (m_busy || !m_feedback->isAcceptable())
        return;
    setBusy(true);
    const StoreLocation where = m_where;
    const QString code = m_ui->codeEdit->text().trimmed();
    const QString admin = m_ui->usernameEdit->text().trimmed();
    const QString password = m_feedback->password();
    runInBackground<SessionHolder>(
        this,
        [where, code, admin, password] {
            return std::make_shared<std::unique_ptr<Session>>(Session::recover(where, code, admin, password));
        },
        [this](Outcome<SessionHolder> outcome) {
            setBusy(false);
            if (outcome.error) {
                m_ui->errorLabel->setText(outcome.error->userMessage());
                m_ui->errorLabel->show();
                return;
            }
            m_session = std::move(*outcome.value);
            accept();
        });
}

void RecoveryDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyLabel->setVisible(busy);
    m_ui->formWidget->setEnabled(!busy);
    if (busy)
        m_ui->errorLabel->hide();
    updateButtons();
}

void RecoveryDialog::updateButtons()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && m_feedback->isAcceptable() && !m_ui->codeEdit->text().trimmed().isEmpty()
                     && !m_ui->usernameEdit->text().trimmed().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Recover and log in"));
    }
    QDialog::changeEvent(event);
}

} // namespace sinergi
