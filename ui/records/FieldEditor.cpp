#include "FieldEditor.h"

#include "common/WidePopupComboBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>

namespace sinergi {

namespace {
// Code combos show "code — label" so both the code (what the paper form says) and the name can be typed.
const QString kCodeSeparator = QStringLiteral(" \u2014 ");
} // namespace

FieldEditor::FieldEditor(const FieldDef &field, bool masked, QWidget *parent)
    : QWidget(parent), m_field(field), m_masked(masked)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_masked) {
        m_line = new QLineEdit(this);
        m_line->setReadOnly(true);
        m_line->setToolTip(tr("Personal data is hidden for your role."));
        m_input = m_line;
        layout->addWidget(m_line);
        return;
    }
    switch (field.type) {
    case FieldType::Date:
        buildDate();
        break;
    case FieldType::Bool:
        m_check = new QCheckBox(tr("Yes"), this);
        m_input = m_check;
        connect(m_check, &QCheckBox::toggled, this, &FieldEditor::markEdited);
        break;
    case FieldType::Code:
        buildCode();
        break;
    default:
        buildLineEdit();
        break;
    }
    layout->addWidget(m_input, 1);
    if (m_dateSet)
        layout->addWidget(m_dateSet);
}

void FieldEditor::buildLineEdit()
{
    m_line = new QLineEdit(this);
    m_input = m_line;
    if (m_field.maxLength)
        m_line->setMaxLength(*m_field.maxLength);
    switch (m_field.type) {
    case FieldType::Nik:
        // Digits only, 16 at most: the validator stops the Excel-style "3.2E+15" before it is typed.
        m_line->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,16}")), m_line));
        m_line->setPlaceholderText(tr("16 digits"));
        break;
    case FieldType::Phone:
        m_line->setPlaceholderText(tr("e.g. 081234567890"));
        break;
    case FieldType::Email:
        m_line->setPlaceholderText(tr("e.g. name@example.com"));
        break;
    case FieldType::Integer: {
        auto *v = new QIntValidator(m_line);
        if (m_field.minimum && *m_field.minimum >= 0)
            v->setBottom(0); // negative input can never be valid here, so do not let it be typed
        m_line->setValidator(v);
        if (m_field.minimum && m_field.maximum)
            m_line->setPlaceholderText(tr("%1 to %2").arg(*m_field.minimum).arg(*m_field.maximum));
        break;
    }
    case FieldType::Decimal: {
        auto *v = new QDoubleValidator(m_line);
        v->setNotation(QDoubleValidator::StandardNotation);
        m_line->setValidator(v);
        break;
    }
    default:
        break;
    }
    connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::markEdited);
}

void FieldEditor::buildDate()
{
    // A QDateEdit always holds a date; the check box says whether the field has one at all.
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    m_dateSet = new QCheckBox(tr("Set"), this);
    m_dateSet->setToolTip(tr("Untick to leave the date empty."));
    m_input = m_date;
    connect(m_dateSet, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_dateSet, &QCheckBox::toggled, this, &FieldEditor::markEdited);
    connect(m_date, &QDateEdit::dateChanged, this, &FieldEditor::markEdited);
}

void FieldEditor::buildCode()
{
    m_combo = new WidePopupComboBox(this); // labels longer than a grid cell stay readable in the list
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(15);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(20);
    auto *completer = new QCompleter(m_combo->model(), m_combo);
    completer->setFilterMode(Qt::MatchContains); // "kota" finds "Kec. Semarang Kota" and "33.74"
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->setCompleter(completer);
    m_combo->lineEdit()->setPlaceholderText(tr("Type a code or a name…"));
    m_input = m_combo;
    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &FieldEditor::markEdited);
    connect(m_combo, &QComboBox::activated, this, &FieldEditor::markEdited);
}

void FieldEditor::markEdited()
{
    if (m_loading)
        return;
    m_edited = true;
    emit edited();
}

QString FieldEditor::codeText(const QString &code) const
{
    const int i = m_combo->findData(code);
    return i >= 0 ? m_combo->itemText(i) : code;
}

void FieldEditor::setChoices(const QList<CodeChoices::Choice> &choices)
{
    if (!m_combo)
        return;
    m_loading = true;
    const QVariant current = value();
    m_combo->clear();
    for (const CodeChoices::Choice &c : choices)
        m_combo->addItem(c.label.isEmpty() ? c.code : c.code + kCodeSeparator + c.label, c.code);
    m_combo->setCurrentIndex(-1);
    m_combo->setEditText(current.isNull() ? QString() : codeText(current.toString()));
    m_loading = false;
}

QVariant FieldEditor::value() const
{
    if (m_masked)
        return {};
    if (m_check)
        return m_check->isChecked();
    if (m_date)
        return m_dateSet->isChecked() ? QVariant(m_date->date()) : QVariant();
    if (m_combo) {
        const QString text = m_combo->currentText().trimmed();
        if (text.isEmpty())
            return {};
        const int i = m_combo->findText(text);
        if (i >= 0)
            return m_combo->itemData(i);
        // A typed code ("33.73.04") or a code followed by anything: keep the code part.
        const QString code = text.section(kCodeSeparator, 0, 0).trimmed();
        return code;
    }
    const QString text = m_line->text().trimmed();
    if (text.isEmpty())
        return {};
    if (m_field.type == FieldType::Integer) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant(text);
    }
    if (m_field.type == FieldType::Decimal) {
        bool ok = false;
        const double d = locale().toDouble(text, &ok); // the validator accepts the UI locale's comma
        return ok ? QVariant(d) : QVariant(text);
    }
    return text;
}

void FieldEditor::setValue(const QVariant &value)
{
    m_loading = true;
    const bool empty = !value.isValid() || value.isNull() || value.toString().isEmpty();
    if (m_check) {
        m_check->setChecked(!empty && value.toBool());
    } else if (m_date) {
        const QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                           : QDate::fromString(value.toString(), Qt::ISODate);
        m_dateSet->setChecked(d.isValid());
        m_date->setDate(d.isValid() ? d : QDate::currentDate());
    } else if (m_combo) {
        m_combo->setCurrentIndex(empty ? -1 : m_combo->findData(value.toString()));
        m_combo->setEditText(empty ? QString() : codeText(value.toString()));
    } else if (m_field.type == FieldType::Decimal && !m_masked && !empty) {
        m_line->setText(locale().toString(value.toDouble(), 'g', 15));
    } else {
        m_line->setText(empty ? QString() : value.toString());
    }
    if (m_line)
        m_line->setCursorPosition(0); // long addresses show their start
    m_loading = false;
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (m_masked)
        return;
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_combo) {
        m_combo->setEnabled(!readOnly);
    }
    if (m_check)
        m_check->setEnabled(!readOnly);
    if (m_date) {
        m_dateSet->setEnabled(!readOnly);
        m_date->setReadOnly(readOnly);
    }
}

} // namespace sinergi
