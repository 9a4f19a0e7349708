#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace sinergi {

// The confirmation before a month is approved or reopened. Approve: what the review found, an optional
// note, and — only when the review has errors — a tick that the approver knows and accepts them, which then
// also needs the note (PeriodApprovals::approve refuses otherwise). Reopen: the reason, required. OK stays
// disabled until what is required is there, so nothing is sent that the core would refuse.
class PeriodDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Approve, Reopen };

    PeriodDecisionDialog(Kind kind, const QString &periodLabel, const QString &summary, bool reviewHasErrors,
                         QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const; // the note or the reason, trimmed
    bool acknowledged() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *acknowledgeCheck() const { return m_acknowledge; } // nullptr without errors or for reopen
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    Kind m_kind;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sinergi
