#include "PeriodDecisionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinergi {

PeriodDecisionDialog::PeriodDecisionDialog(Kind kind, const QString &periodLabel, const QString &summary,
                                           bool reviewHasErrors, QWidget *parent)
    : QDialog(parent), m_kind(kind)
{
    setObjectName(u"periodDecisionDialog"_qs);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"decisionText"_qs);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    if (kind == Kind::Approve) {
        setWindowTitle(tr("Approve period"));
        intro->setText(tr("Approve %1? The records of this month will be locked against changes and imports "
                          "until a walidata or an administrator reopens the period.")
                           .arg(periodLabel));
        textLabel->setText(tr("Note (optional):"));
    } else {
        setWindowTitle(tr("Reopen period"));
        intro->setText(tr("Reopen %1? Its records can be changed again. The reason is kept in the audit log.")
                           .arg(periodLabel));
        textLabel->setText(tr("Reason for reopening (required):"));
    }
    layout->addWidget(intro);
    if (!summary.isEmpty()) {
        auto *review = new QLabel(summary, this);
        review->setObjectName(u"decisionSummary"_qs);
        review->setWordWrap(true);
        layout->addWidget(review);
    }
    if (kind == Kind::Approve && reviewHasErrors) {
        m_acknowledge = new QCheckBox(
            tr("I know the review found errors and approve the period anyway; the note says why."), this);
        m_acknowledge->setObjectName(u"acknowledgeErrors"_qs);
        layout->addWidget(m_acknowledge);
        textLabel->setText(tr("Note (required when errors are acknowledged):"));
        connect(m_acknowledge, &QCheckBox::toggled, this, &PeriodDecisionDialog::updateOk);
    }
    textLabel->setBuddy(m_text);
    layout->addWidget(textLabel);
    layout->addWidget(m_text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(kind == Kind::Approve ? tr("Approve period") : tr("Reopen period"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PeriodDecisionDialog::updateOk);
    resize(520, sizeHint().height());
    updateOk();
}

QString PeriodDecisionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool PeriodDecisionDialog::acknowledged() const
{
    return m_acknowledge && m_acknowledge->isChecked();
}

void PeriodDecisionDialog::updateOk()
{
    bool ok = true;
    if (m_kind == Kind::Reopen)
        ok = !text().isEmpty();
    else if (m_acknowledge)
        ok = m_acknowledge->isChecked() && !text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace sinergi
