#include "RecoveryCodeDialog.h"

#include "ui_RecoveryCodeDialog.h"

#include <QEvent>
#include <QPushButton>

namespace sinergi {

RecoveryCodeDialog::RecoveryCodeDialog(const QString &code, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecoveryCodeDialog>())
{
    m_ui->setupUi(this);
    m_ui->codeView->setCode(code);
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(false);
    connect(m_ui->codeView, &RecoveryCodeView::confirmedChanged, close, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RecoveryCodeDialog::reject);
}

RecoveryCodeDialog::~RecoveryCodeDialog() = default;

RecoveryCodeView *RecoveryCodeDialog::view() const
{
    return m_ui->codeView;
}

void RecoveryCodeDialog::reject()
{
    // Esc and the window's close button land here too: the code must be confirmed first.
    if (m_ui->codeView->isConfirmed())
        QDialog::accept();
}

void RecoveryCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace sinergi
