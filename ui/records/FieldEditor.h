#pragma once

#include "CodeChoices.h"

#include "datasets/FieldDef.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace sinergi {

// One field of the record form, with the editor its type calls for: a line edit (text, NIK, phone, e-mail
// with input hints; numbers with a validator), a date edit with a calendar and a "set" box (a date field
// may be empty), a check box for yes/no, a searchable combo for codes. A masked field (PII for a role
// without ViewPii) is a read-only line edit holding the masked text and never reports a value.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FieldDef &field, bool masked, QWidget *parent = nullptr);

    const FieldDef &field() const { return m_field; }
    bool isMasked() const { return m_masked; }
    // The widget that takes input (tests type into it; the form's label buddies it).
    QWidget *input() const { return m_input; }

    // Typed value: QString, qint64, double, QDate or bool; a null QVariant when empty.
    QVariant value() const;
    // Shows a stored value (or, for a masked field, the masked text) without counting as an edit.
    void setValue(const QVariant &value);
    void setChoices(const QList<CodeChoices::Choice> &choices);
    void setReadOnly(bool readOnly);
    // True once the user changed the value (only edited fields are sent on update).
    bool isEdited() const { return m_edited; }

signals:
    void edited();

private:
    void buildLineEdit();
    void buildDate();
    void buildCode();
    void markEdited();
    QString codeText(const QString &code) const;

    FieldDef m_field;
    bool m_masked = false;
    bool m_edited = false;
    bool m_loading = false;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_dateSet = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace sinergi
