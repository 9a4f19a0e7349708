#include "RecordFormDialog.h"

#include "CodeChoices.h"
#include "FieldEditor.h"
#include "RecordsContext.h"
#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "datasets/TemplateRegistry.h"
#include "records/PiiMask.h"
#include "records/PiiViewAuditor.h"
#include "records/RecordService.h"
#include "records/RecordTable.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sinergi {

namespace {
const DatasetTemplate &templateOf(RecordsContext &context, const QString &dataset)
{
    return context.service().dataset(dataset); // throws InvalidArgument for an unknown id
}

// The regency part ("33.73") of a kecamatan or desa code ("33.73.04", "33.73.04.1001").
QString regencyOf(const QString &code)
{
    return code.section(u'.', 0, 1);
}
} // namespace

RecordFormDialog::RecordFormDialog(RecordsContext &context, const QString &dataset, qint64 id,
                                   const QString &regency, QWidget *parent)
    : QDialog(parent), m_context(context), m_tpl(templateOf(context, dataset)),
      m_language(Translations::current()), m_id(id),
      m_readOnly(!context.session().can(Permission::EditRecords)),
      m_piiVisible(context.session().can(Permission::ViewPii)), m_regency(regency),
      m_validateTimer(new QTimer(this))
{
    if (!context.officeRegency().isEmpty())
        m_regency = context.officeRegency();
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(200); // validation reads the store (references): not on every key
    connect(m_validateTimer, &QTimer::timeout, this, &RecordFormDialog::validateNow);
    if (m_id != 0) {
        // Before the editors exist: the pickers' scope (regency, kecamatan) comes from the record.
        const std::optional<QVariantMap> record = m_context.service().get(m_tpl.id(), m_id);
        if (!record)
            throw Error(ErrorCode::InvalidArgument, tr("Record %1 no longer exists.").arg(m_id));
        m_original = *record;
        m_version = record->value(QStringLiteral("_version")).toLongLong();
    }
    build();
    load();
    resize(720, 640);
}

RecordFormDialog::~RecordFormDialog() = default;

void RecordFormDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("headerLabel"));
    m_header->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold; color: #0b4f6c;"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *form = new QFormLayout(body);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (const FieldDef &f : m_tpl.fields()) {
        // Existing PII without ViewPii stays masked; a new record's PII is typed by the user, not shown.
        const bool masked = f.pii && !m_piiVisible && m_id != 0;
        auto *editor = new FieldEditor(f, masked, body);
        editor->setObjectName(f.name);
        editor->setReadOnly(m_readOnly);
        if (f.type == FieldType::Code && !masked)
            editor->setChoices(
                CodeChoices::forField(f, m_context.codeLists(), m_context.regions(), m_language,
                                      CodeChoices::isRegionList(f.codeList) ? scopeFor(f) : QString()));
        const QString text = f.label(m_language) + (f.required ? QStringLiteral(" *") : QString());
        auto *label = new QLabel(text, body);
        label->setBuddy(editor->input());
        label->setToolTip(f.name);
        auto *cell = new QWidget(body);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        auto *problem = new QLabel(cell);
        problem->setObjectName(f.name + QStringLiteral("_problem"));
        problem->setWordWrap(true);
        problem->setVisible(false);
        cellLayout->addWidget(problem);
        form->addRow(label, cell);
        m_editors.insert(f.name, editor);
        m_problemLabels.insert(f.name, problem);
        connect(editor, &FieldEditor::edited, this, [this, name = f.name] {
            updateDependentChoices(name);
            m_validateTimer->start();
        });
    }
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    m_buttons = new QDialogButtonBox(
        m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

QString RecordFormDialog::scopeFor(const FieldDef &field) const
{
    // The kecamatan picker lists one regency; the desa picker lists the kecamatan chosen in this record.
    const auto valueOf = [this](const QString &codeList) -> QString {
        for (const FieldDef &f : m_tpl.fields()) {
            if (f.codeList != codeList)
                continue;
            const FieldEditor *e = m_editors.value(f.name);
            if (e && !e->value().isNull())
                return e->value().toString();
            return m_original.value(f.name).toString();
        }
        return {};
    };
    if (field.codeList == u"wilayah_kecamatan") {
        if (!m_regency.isEmpty())
            return m_regency;
        const QString own = m_original.value(field.name).toString();
        return own.isEmpty() ? QString() : regencyOf(own);
    }
    if (field.codeList == u"wilayah_desa")
        return valueOf(QStringLiteral("wilayah_kecamatan"));
    return {};
}

void RecordFormDialog::updateDependentChoices(const QString &changedField)
{
    const FieldDef *changed = m_tpl.field(changedField);
    if (!changed || changed->codeList != u"wilayah_kecamatan")
        return;
    for (const FieldDef &f : m_tpl.fields()) {
        if (f.codeList == u"wilayah_desa" && !m_editors.value(f.name)->isMasked())
            m_editors.value(f.name)->setChoices(CodeChoices::forField(
                f, m_context.codeLists(), m_context.regions(), m_language, scopeFor(f)));
    }
}

void RecordFormDialog::load()
{
    const QString datasetLabel = m_tpl.label(m_language);
    if (m_id == 0) {
        setWindowTitle(tr("New record — %1").arg(datasetLabel));
        m_header->setText(tr("New record: %1").arg(datasetLabel));
        m_summary->setText(tr("Fields marked * are required. A record with problems can still be saved; it "
                              "is then flagged in the list."));
        validateNow();
        return;
    }
    setWindowTitle((m_readOnly ? tr("Record — %1") : tr("Edit record — %1")).arg(datasetLabel));
    m_header->setText(tr("%1, record %2 (version %3)").arg(datasetLabel).arg(m_id).arg(m_version));
    for (const FieldDef &f : m_tpl.fields()) {
        FieldEditor *e = m_editors.value(f.name);
        const QVariant stored = m_original.value(f.name);
        e->setValue(e->isMasked() ? QVariant(piimask::mask(f, stored)) : stored);
    }

    if (m_piiVisible) {
        // The form shows this record's PII unmasked: one pii.view entry, as the grid writes per page.
        QStringList pii;
        for (const FieldDef &f : m_tpl.fields())
            if (f.pii)
                pii << f.name;
        if (!pii.isEmpty()) {
            PiiViewAuditor auditor(m_context.session());
            auditor.reset(m_tpl.id(), pii);
            auditor.pageShown(0, {m_id});
            auditor.flush(); // throws before anything is shown when the entry cannot be written
        }
    }
    if (!m_readOnly)
        validateNow();
    else
        m_summary->setText(tr("You can view this record but not change it."));
}

QVariantMap RecordFormDialog::currentRecord() const
{
    QVariantMap record = m_original;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!it.value()->isMasked())
            record.insert(it.key(), recordtable::toStorage(it.value()->field(), it.value()->value()));
    }
    return record;
}

QVariantMap RecordFormDialog::changes() const
{
    QVariantMap out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const FieldEditor *e = it.value();
        if (e->isMasked() || (m_id != 0 && !e->isEdited()))
            continue;
        const QVariant now = recordtable::toStorage(e->field(), e->value());
        if (m_id == 0) {
            if (!now.isNull())
                out.insert(it.key(), now);
        } else if (now != recordtable::toStorage(e->field(), m_original.value(it.key()))) {
            out.insert(it.key(), now);
        }
    }
    return out;
}

void RecordFormDialog::validateNow()
{
    m_validateTimer->stop();
    try {
        m_problems = m_context.service().validate(m_tpl.id(), currentRecord());
    } catch (const Error &e) {
        m_problems = {
            Problem{QString(), QStringLiteral("internal"), e.userMessage(), Problem::Severity::Error}};
    }
    showProblems();
}

void RecordFormDialog::showProblems()
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const Problem &p : std::as_const(m_problems)) {
        const bool error = p.severity == Problem::Severity::Error;
        const QString line = error ? p.message : tr("Warning: %1").arg(p.message);
        if (m_problemLabels.contains(p.field))
            byField[p.field] << line;
        else
            general << line;
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList lines = byField.value(it.key());
        it.value()->setText(lines.join(u'\n'));
        it.value()->setStyleSheet(QStringLiteral("color: #b42318;"));
        it.value()->setVisible(!lines.isEmpty());
    }
    if (m_problems.isEmpty()) {
        m_summary->setStyleSheet(QStringLiteral("color: #1e7b34;"));
        m_summary->setText(tr("No problems found."));
        return;
    }
    m_summary->setStyleSheet(QStringLiteral("color: #b42318;"));
    QString text = tr("%n problem(s) found; see the fields marked below. The record can still be saved.",
                      nullptr, int(m_problems.size()));
    if (!general.isEmpty())
        text += u'\n' + general.join(u'\n');
    m_summary->setText(text);
}

void RecordFormDialog::reject()
{
    const bool edited =
        std::any_of(m_editors.cbegin(), m_editors.cend(), [](const FieldEditor *e) { return e->isEdited(); });
    if (!m_readOnly && edited &&
        !MessageBoxes::instance().question(this, tr("Discard changes"),
                                           tr("Close the form without saving your changes?")))
        return;
    QDialog::reject();
}

QString RecordFormDialog::problemText(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordFormDialog::accept()
{
    if (m_readOnly) {
        QDialog::accept();
        return;
    }
    const QVariantMap values = changes();
    try {
        if (m_id == 0) {
            m_id = m_context.service().create(m_tpl.id(), values);
        } else if (!values.isEmpty()) {
            m_context.service().update(m_tpl.id(), m_id, values, m_version);
        }
    } catch (const Error &e) {
        if (m_id != 0 && e.code() == ErrorCode::Conflict)
            MessageBoxes::instance().warning(
                this, tr("Save record"),
                tr("%1\n\nYour changes were not saved. Close this form and open the record again to see the "
                   "current values.")
                    .arg(e.userMessage()));
        else
            MessageBoxes::instance().warning(this, tr("Save record"), e.userMessage());
        return;
    }
    emit saved(m_id);
    QDialog::accept();
}

} // namespace sinergi
