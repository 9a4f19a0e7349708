#include "RecordHistoryDialog.h"

#include "ui_RecordHistoryDialog.h"

#include "CodeChoices.h"
#include "RecordsContext.h"
#include "common/Error.h"
#include "common/Translations.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/DatasetTemplate.h"
#include "datasets/RegionCatalog.h"
#include "records/PiiMask.h"
#include "records/RecordService.h"
#include "session/Session.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QHeaderView>
#include <QPushButton>

namespace sinergi {

namespace {
enum Column { TimeColumn, UserColumn, ActionColumn, FieldColumn, ChangeColumn, ColumnCount };
constexpr int kSeqRole = Qt::UserRole + 1;
} // namespace

RecordHistoryDialog::RecordHistoryDialog(RecordsContext &context, const QString &dataset, qint64 id,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecordHistoryDialog>()), m_context(context),
      m_tpl(context.service().dataset(dataset)), m_language(Translations::current()), m_id(id)
{
    m_ui->setupUi(this);
    m_ui->table->setColumnCount(ColumnCount);
    m_ui->table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Field"), tr("Old → new")});
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->headerLabel->setText(tr("History of %1, record %2").arg(m_tpl.label(m_language)).arg(id));
    m_ui->undoButton->setVisible(context.session().can(Permission::EditRecords));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &RecordHistoryDialog::undoSelected);
    connect(m_ui->table, &QTableWidget::itemSelectionChanged, this, &RecordHistoryDialog::updateButtons);
    reload();
    resize(900, 480);
}

RecordHistoryDialog::~RecordHistoryDialog() = default;

QString RecordHistoryDialog::actionText(const HistoryEntry &e) const
{
    QString text;
    if (e.action == u"create")
        text = tr("Created");
    else if (e.action == u"update")
        text = tr("Changed");
    else if (e.action == u"delete")
        text = tr("Deleted");
    else if (e.action == u"restore")
        text = tr("Restored");
    else if (e.action == u"undo")
        text = tr("Undone (earlier change reverted)");
    else
        text = e.action;
    if (e.undoneBy != 0)
        text += tr(" (undone)");
    return text;
}

QString RecordHistoryDialog::valueText(const QString &field, const QVariant &value) const
{
    const FieldDef *f = m_tpl.field(field);
    if (value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (f && f->pii && !m_context.session().can(Permission::ViewPii))
        return piimask::mask(*f, value);
    if (f && f->type == FieldType::Date) {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (d.isValid())
            return d.toString(QStringLiteral("dd-MM-yyyy"));
    }
    if (f && f->type == FieldType::Bool)
        return value.toBool() ? tr("Yes") : tr("No");
    if (f && f->type == FieldType::Code) {
        // "6000 — S1/D-IV": the code alone means little to most readers of a history.
        const QString code = value.toString();
        QString label;
        if (CodeChoices::isRegionList(f->codeList)) {
            if (const auto region = m_context.regions().find(code))
                label = region->label();
        } else if (const CodeList *list = m_context.codeLists().find(f->codeList, f->codeListVersion)) {
            label = list->label(code, m_language);
        }
        return label.isEmpty() ? code : code + QStringLiteral(" \u2014 ") + label;
    }
    return value.toString();
}

void RecordHistoryDialog::reload()
{
    m_ui->table->setRowCount(0);
    try {
        m_entries = m_context.service().history(m_tpl.id(), m_id);
    } catch (const Error &e) {
        m_entries.clear();
        m_ui->errorLabel->setText(e.userMessage());
    }
    for (const HistoryEntry &e : std::as_const(m_entries)) {
        const QString time = e.ts.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
        bool first = true;
        const auto addRow = [&](const QString &field, const QString &change) {
            const int row = m_ui->table->rowCount();
            m_ui->table->insertRow(row);
            // Later fields of one change leave time, user and action blank, so the change reads as a group
            // (undo reverts the whole group).
            const QStringList cells{first ? time : QString(), first ? e.actor : QString(),
                                    first ? actionText(e) : QString(), field, change};
            first = false;
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setData(kSeqRole, e.seq);
                if (e.undoneBy != 0)
                    item->setForeground(QColor(0x7b, 0x87, 0x94));
                m_ui->table->setItem(row, c, item);
            }
        };
        if (e.changes.isEmpty() || e.action == u"create" || e.action == u"delete" || e.action == u"restore") {
            // A new record lists all its values in the form, and deleting changes only the bookkeeping
            // flag: one line each says what happened.
            addRow(QString(), e.action == u"create" ? tr("%n field(s) filled", nullptr, int(e.changes.size()))
                                                    : QString());
            continue;
        }
        for (auto it = e.changes.cbegin(); it != e.changes.cend(); ++it) {
            const FieldDef *f = m_tpl.field(it.key());
            const QString label = f ? f->label(m_language) : it.key();
            addRow(label, tr("%1 → %2").arg(valueText(it.key(), it.value().first),
                                            valueText(it.key(), it.value().second)));
        }
    }
    m_ui->table->scrollToBottom();
    updateButtons();
}

int RecordHistoryDialog::rowCount() const
{
    return m_ui->table->rowCount();
}

QStringList RecordHistoryDialog::rowText(int row) const
{
    QStringList out;
    for (int c = 0; c < ColumnCount; ++c)
        out << (m_ui->table->item(row, c) ? m_ui->table->item(row, c)->text() : QString());
    return out;
}

void RecordHistoryDialog::selectRow(int row)
{
    m_ui->table->selectRow(row);
}

QString RecordHistoryDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void RecordHistoryDialog::updateButtons()
{
    const QList<QTableWidgetItem *> selected = m_ui->table->selectedItems();
    bool undoable = false;
    if (!selected.isEmpty()) {
        const qint64 seq = selected.first()->data(kSeqRole).toLongLong();
        for (const HistoryEntry &e : std::as_const(m_entries)) {
            // Creating is undone by deleting; an undo is undone by undoing the original again (never
            // offered: it would be an undo of an undo), and an entry undone already has nothing to revert.
            if (e.seq == seq)
                undoable = e.action != u"create" && e.action != u"undo" && e.undoneBy == 0;
        }
    }
    m_ui->undoButton->setEnabled(undoable);
}

bool RecordHistoryDialog::undoSelected()
{
    const QList<QTableWidgetItem *> selected = m_ui->table->selectedItems();
    if (selected.isEmpty())
        return false;
    const qint64 seq = selected.first()->data(kSeqRole).toLongLong();
    try {
        m_context.service().undo(m_tpl.id(), m_id, seq);
    } catch (const Error &e) {
        m_ui->errorLabel->setText(tr("This change could not be undone: %1").arg(e.userMessage()));
        return false;
    }
    m_ui->errorLabel->clear();
    reload();
    emit recordChanged();
    return true;
}

} // namespace sinergi
