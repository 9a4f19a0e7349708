#include "RecordsPage.h"

#include "ui_RecordsPage.h"

#include "ProblemsPanel.h"
#include "RecordExportFlow.h"
#include "RecordFormDialog.h"
#include "RecordGridProxy.h"
#include "RecordHistoryDialog.h"
#include "RecordItemDelegate.h"
#include "RecordsContext.h"
#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "datasets/TemplateRegistry.h"
#include "importing/ImportWizard.h"
#include "records/RecordService.h"
#include "records/RecordSql.h"
#include "records/RecordTableModel.h"
#include "session/Session.h"

#include <QBoxLayout>
#include <QDate>
#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <algorithm>

namespace sinergi {

namespace {
constexpr int kMaxColumnWidth = 280;
constexpr int kMinColumnWidth = 60;
} // namespace

RecordsPage::RecordsPage(Session &session, QWidget *parent, bool synchronous)
    : QWidget(parent), m_ui(std::make_unique<Ui::RecordsPage>()), m_session(session),
      m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    retranslate();
    try {
        m_context = std::make_unique<RecordsContext>(session);
        m_model = new RecordTableModel(session, m_context->templates(), this);
    } catch (const Error &e) {
        // The rest of the application stays usable; this page says what is wrong.
        setEnabled(false);
        m_ui->statusLabel->setText(e.userMessage());
        return;
    }
    m_model->setSynchronous(synchronous);
    m_model->setLanguage(Translations::current());
    m_model->setCodeLabels(&m_context->codeLists(), &m_context->regions());
    m_model->setRecordService(&m_context->service()); // editable in place only with EditRecords
    m_proxy = new RecordGridProxy(this);
    m_proxy->setSourceModel(m_model);

    QTableView *table = m_ui->table;
    table->setModel(m_proxy);
    // Fixed row heights: the view never measures rows it has not fetched, which keeps a million rows cheap.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table->horizontalHeader()->setDefaultSectionSize(150);
    table->horizontalHeader()->setSectionsClickable(true);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setIconSize(QSize(12, 12));
    auto *delegate = new RecordItemDelegate(*m_context, *m_model, table);
    delegate->setRegency(m_context->officeRegency());
    table->setItemDelegate(delegate);
    if (session.can(Permission::EditRecords)) {
        // F2 or a click on a cell of the selected row edits that cell; a double click and Enter still open
        // the whole record in the form.
        table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    }
    connect(m_model, &RecordTableModel::editFailed, this, [this](const QString &message) {
        MessageBoxes::instance().warning(this, tr("Save change"), message);
    });
    connect(m_model, &RecordTableModel::recordEdited, this,
            [this](qint64 id, const QString &, const QStringList &problems) {
                m_ui->statusLabel->setText(
                    problems.isEmpty()
                        ? tr("Record %1 saved.").arg(id)
                        : tr("Record %1 saved with %n problem(s): %2", nullptr, int(problems.size()))
                              .arg(id)
                              .arg(problems.join(QStringLiteral("; "))));
            });

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250); // one query per pause in typing, not per key
    connect(m_searchTimer, &QTimer::timeout, this, &RecordsPage::applyQuery);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->problemsCheck, &QCheckBox::toggled, this, &RecordsPage::applyQuery);
    connect(m_ui->deletedCheck, &QCheckBox::toggled, this, &RecordsPage::applyQuery);
    connect(m_ui->datasetCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillFilterFields();
        updateSearchAvailability();
        m_columnsSized = false;
        applyQuery();
    });
    connect(m_ui->filterKindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->filterValueEdit->setEnabled(m_ui->filterKindCombo->currentData().toInt() !=
                                          int(ColumnFilter::Kind::Empty));
    });
    connect(m_ui->filterApplyButton, &QPushButton::clicked, this, &RecordsPage::applyQuery);
    connect(m_ui->filterValueEdit, &QLineEdit::returnPressed, this, &RecordsPage::applyQuery);
    connect(m_ui->filterClearButton, &QPushButton::clicked, this, [this] {
        m_ui->filterFieldCombo->setCurrentIndex(0);
        m_ui->filterValueEdit->clear();
        applyQuery();
    });
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &RecordsPage::onSortIndicatorChanged);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPage::updateButtons);
    connect(m_model, &RecordTableModel::countKnown, this, &RecordsPage::onCountKnown);
    connect(m_model, &RecordTableModel::pageLoaded, this, &RecordsPage::onPageLoaded);
    connect(m_model, &RecordTableModel::queryFailed, this, [this](const QString &message) {
        m_ui->statusLabel->setText(tr("The records could not be read: %1").arg(message));
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &RecordsPage::newRecord);
    connect(m_ui->editButton, &QPushButton::clicked, this, &RecordsPage::editSelected);
    connect(table, &QAbstractItemView::doubleClicked, this, &RecordsPage::editSelected);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &RecordsPage::showHistory);
    // Keyboard work at the counter: Enter opens the selected record, Delete deletes (with the question).
    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), table);
    open->setContext(Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, &RecordsPage::editSelected);
    if (session.can(Permission::EditRecords)) {
        auto *remove = new QShortcut(QKeySequence::Delete, table);
        remove->setContext(Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, &RecordsPage::toggleDeleted);
    }
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &RecordsPage::toggleDeleted);

    const bool canEdit = session.can(Permission::EditRecords);
    m_ui->newButton->setVisible(canEdit);
    m_ui->deleteButton->setVisible(canEdit);
    // Import (ui/importing): only for roles that may import, beside the dataset it imports into.
    if (session.can(Permission::ImportRecords)) {
        auto *importButton = new QPushButton(tr("&Import…"), this);
        importButton->setObjectName(u"importButton"_qs);
        importButton->setToolTip(tr("Import a CSV or Excel file into this dataset"));
        m_ui->datasetLayout->addWidget(importButton);
        connect(importButton, &QPushButton::clicked, this, &RecordsPage::openImportWizard);
    }
    // Export (RecordExportFlow): the rows as shown, with the current search, filters and sort.
    if (session.can(Permission::ExportRecords)) {
        auto *exportButton = new QPushButton(tr("E&xport…"), this);
        exportButton->setObjectName(u"exportButton"_qs);
        exportButton->setToolTip(
            tr("Export the rows shown (search, filters and sort as set) to an Excel or CSV file"));
        m_ui->datasetLayout->addWidget(exportButton);
        connect(exportButton, &QPushButton::clicked, this,
                [this] { RecordExportFlow::start(this, *m_context, m_model->query()); });
    }
    // The problems panel sits beside the grid: an officer fixes records while looking at the list.
    m_problems = new ProblemsPanel(*m_context, this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    delete layout()->replaceWidget(table, splitter);
    splitter->addWidget(table);
    splitter->addWidget(m_problems);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    // The grid took the page's spare height; the splitter in its place must too (not the title and status).
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(splitter, 1);
    splitter->setChildrenCollapsible(true);
    connect(m_problems, &ProblemsPanel::recordActivated, this, &RecordsPage::goToRecord);
    connect(m_problems, &ProblemsPanel::validationFinished, this, [this] { applyQuery(); });
    connect(m_ui->datasetCombo, &QComboBox::currentIndexChanged, m_problems,
            [this] { m_problems->setDataset(dataset()); });
    // The dashboard's click-through shows a set of records under this bar (hidden otherwise).
    m_recordSetBar = new QFrame(this);
    m_recordSetBar->setObjectName(u"recordSetBar"_qs);
    m_recordSetBar->setStyleSheet(u"#recordSetBar { background: #fff8e1; border: 1px solid #f0c36d; "
                                  "border-radius: 4px; }"_qs);
    auto *barLayout = new QHBoxLayout(m_recordSetBar);
    barLayout->setContentsMargins(10, 4, 6, 4);
    m_recordSetLabel = new QLabel(m_recordSetBar);
    m_recordSetLabel->setObjectName(u"recordSetLabel"_qs);
    m_recordSetLabel->setWordWrap(true);
    auto *clearSet = new QPushButton(tr("Show all records"), m_recordSetBar);
    clearSet->setObjectName(u"recordSetClearButton"_qs);
    barLayout->addWidget(m_recordSetLabel, 1);
    barLayout->addWidget(clearSet);
    connect(clearSet, &QPushButton::clicked, this, &RecordsPage::clearRecordSet);
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertWidget(2, m_recordSetBar); // under the dataset row
    m_recordSetBar->hide();
    fillFilterKinds();
    fillDatasets(); // selects the first dataset, which runs the first query
    // The follow-up of a big import that the program's end interrupted (see ProblemsPanel).
    m_problems->finishInterruptedImports();
    m_problems->setDataset(dataset());
}

bool RecordsPage::goToRecord(qint64 id)
{
    if (!m_model || dataset().isEmpty())
        return false;
    std::optional<int> row;
    try {
        row = m_context->service().defaultViewRow(dataset(), id);
    } catch (const Error &e) {
        m_ui->statusLabel->setText(e.userMessage());
        return false;
    }
    if (!row) {
        m_ui->statusLabel->setText(tr("Record %1 no longer exists or was deleted.").arg(id));
        return false;
    }
    m_recordSet.reset(); // the jump shows the default view
    m_recordSetBar->hide();
    // The grid pages by key and does not know where a record sits; in the default view (insertion order,
    // no search, filter or deleted rows) the record service can tell, so the jump resets the view to it.
    {
        const QSignalBlocker b1(m_ui->searchEdit), b2(m_ui->problemsCheck), b3(m_ui->deletedCheck),
            b4(m_ui->filterFieldCombo);
        m_ui->searchEdit->clear();
        m_ui->problemsCheck->setChecked(false);
        m_ui->deletedCheck->setChecked(false);
        m_ui->filterFieldCombo->setCurrentIndex(0);
        m_ui->filterValueEdit->clear();
    }
    RecordQuery q;
    q.dataset = dataset();
    m_searchTimer->stop();
    m_pendingSelect = 0;
    m_pendingRow = *row;
    try {
        m_model->setQuery(q);
    } catch (const Error &e) {
        m_pendingRow = -1;
        m_ui->statusLabel->setText(e.userMessage());
        return false;
    }
    showSortIndicator();
    if (m_model->isCountKnown()) // synchronous mode: the count is already here
        onCountKnown(m_model->rowCount(), 0);
    return true;
}

ImportWizard *RecordsPage::openImportWizard()
{
    if (!m_context)
        return nullptr;
    auto *wizard = new ImportWizard(*m_context, dataset(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this](const QString &id) {
        if (id == dataset())
            applyQuery();
        else
            setDataset(id);
        // The importer only counts problems per row; listing them (and re-checking the datasets that refer
        // to the imported one) is the validation job's, in the background.
        if (m_problems)
            m_problems->validateAfterImport(id);
    });
    wizard->open();
    return wizard;
}

RecordsPage::~RecordsPage()
{
    // Dialogs and the model refer to the context: they go first.
    qDeleteAll(findChildren<QDialog *>(Qt::FindDirectChildrenOnly));
    // So does the problems panel: its validation thread reads the context's templates and code lists, and
    // deleting the panel cancels that thread and waits for it.
    delete m_problems;
    delete m_model;
}

QString RecordsPage::dataset() const
{
    return m_ui->datasetCombo->currentData().toString();
}

void RecordsPage::setDataset(const QString &id)
{
    const int index = m_ui->datasetCombo->findData(id);
    if (index >= 0)
        m_ui->datasetCombo->setCurrentIndex(index);
}

void RecordsPage::fillDatasets()
{
    const QString current = dataset();
    const QString language = Translations::current();
    QList<QPair<QString, QString>> items;
    for (const DatasetTemplate &tpl : m_context->templates().templates())
        items.append({tpl.label(language), tpl.id()});
    std::sort(items.begin(), items.end());
    {
        const QSignalBlocker block(m_ui->datasetCombo);
        m_ui->datasetCombo->clear();
        for (const auto &item : std::as_const(items))
            m_ui->datasetCombo->addItem(item.first, item.second);
    }
    // Job seekers are the daily work at the counter: the natural first view.
    const int index =
        m_ui->datasetCombo->findData(current.isEmpty() ? QStringLiteral("pencari_kerja") : current);
    if (!current.isEmpty() && index >= 0) {
        const QSignalBlocker block(m_ui->datasetCombo);
        m_ui->datasetCombo->setCurrentIndex(index);
        return;
    }
    m_ui->datasetCombo->setCurrentIndex(-1);
    m_ui->datasetCombo->setCurrentIndex(qMax(0, index));
}

void RecordsPage::fillFilterFields()
{
    const QString current = m_ui->filterFieldCombo->currentData().toString();
    const QSignalBlocker block(m_ui->filterFieldCombo);
    m_ui->filterFieldCombo->clear();
    m_ui->filterFieldCombo->addItem(tr("(no filter)"), QString());
    const DatasetTemplate *tpl = m_context->templates().find(dataset());
    if (!tpl)
        return;
    const bool piiVisible = m_session.can(Permission::ViewPii);
    const QString language = Translations::current();
    for (const FieldDef &f : tpl->fields()) {
        if (f.pii && !piiVisible)
            continue; // filtering on a value reveals it, masked or not (RecordSql refuses it too)
        m_ui->filterFieldCombo->addItem(f.label(language), f.name);
    }
    m_ui->filterFieldCombo->setCurrentIndex(qMax(0, m_ui->filterFieldCombo->findData(current)));
}

void RecordsPage::updateSearchAvailability()
{
    // Quick search looks at the indexed text columns (registration number, NIK, name, ...), which are
    // personal data in most datasets: for a role without ViewPii the box says so instead of finding nothing.
    const DatasetTemplate *tpl = m_context->templates().find(dataset());
    const QString language = Translations::current();
    QStringList searched;
    if (tpl) {
        for (const QString &c : RecordSql::quickSearchColumns(*tpl)) {
            if (!tpl->field(c)->pii || m_session.can(Permission::ViewPii))
                searched << tpl->field(c)->label(language);
        }
    }
    m_ui->searchEdit->setEnabled(!searched.isEmpty());
    m_ui->searchEdit->setPlaceholderText(searched.isEmpty() ? tr("Quick search unavailable")
                                                            : tr("Quick search…"));
    m_ui->searchEdit->setToolTip(
        searched.isEmpty()
            ? tr("Quick search needs access to personal data")
            : tr("Finds records in which one of these starts with the text (as typed, in CAPITALS or in "
                 "Title "
                 "Case): %1. A name is found by its beginning: \"siti a\" finds \"Siti Aminah\", \"aminah\" "
                 "does not.")
                  .arg(searched.join(QStringLiteral(", "))));
}

void RecordsPage::fillFilterKinds()
{
    const int current = m_ui->filterKindCombo->currentIndex();
    m_ui->filterKindCombo->clear();
    m_ui->filterKindCombo->addItem(tr("is"), int(ColumnFilter::Kind::Equals));
    m_ui->filterKindCombo->addItem(tr("starts with"), int(ColumnFilter::Kind::Prefix));
    m_ui->filterKindCombo->addItem(tr("contains"), int(ColumnFilter::Kind::Contains));
    m_ui->filterKindCombo->addItem(tr("is empty"), int(ColumnFilter::Kind::Empty));
    m_ui->filterKindCombo->setCurrentIndex(qMax(0, current));
}

void RecordsPage::applyQuery()
{
    if (!m_model || dataset().isEmpty())
        return;
    m_searchTimer->stop();
    m_pendingSelect = 0;
    m_pendingRow = -1;
    RecordQuery q;
    q.dataset = dataset();
    if (m_model->query().dataset == q.dataset) {
        q.sortColumn = m_model->query().sortColumn;
        q.order = m_model->query().order;
    }
    q.quickSearch = m_ui->searchEdit->text().trimmed();
    q.includeDeleted = m_ui->deletedCheck->isChecked();
    if (m_recordSet && m_recordSet->dataset != q.dataset) { // another dataset was chosen
        m_recordSet.reset();
        m_recordSetBar->hide();
    }
    if (m_recordSet)
        q.filters.append(
            ColumnFilter{QString(), ColumnFilter::Kind::IdIn, QVariant::fromValue(m_recordSet->ids), {}});
    if (m_ui->problemsCheck->isChecked())
        q.filters.append(ColumnFilter{QString(), ColumnFilter::Kind::HasProblems, {}, {}});
    const QString field = m_ui->filterFieldCombo->currentData().toString();
    const auto kind = ColumnFilter::Kind(m_ui->filterKindCombo->currentData().toInt());
    const QString text = m_ui->filterValueEdit->text().trimmed();
    if (!field.isEmpty() && (kind == ColumnFilter::Kind::Empty || !text.isEmpty())) {
        QVariant value = text;
        const DatasetTemplate *tpl = m_context->templates().find(q.dataset);
        const FieldDef *f = tpl ? tpl->field(field) : nullptr;
        if (f && f->type == FieldType::Date) {
            // The grid shows dd-MM-yyyy, so that is what people type; ISO works too.
            const QDate d = QDate::fromString(text, QStringLiteral("dd-MM-yyyy"));
            if (d.isValid())
                value = d;
        }
        q.filters.append(ColumnFilter{field, kind, value, {}});
    }
    m_note.clear();
    m_firstPageMs = -1;
    m_queryClock.start();
    m_ui->statusLabel->setText(tr("Loading…"));
    try {
        m_model->setQuery(q);
    } catch (const Error &e) {
        m_ui->statusLabel->setText(e.userMessage());
    }
    showSortIndicator();
    updateButtons();
}

void RecordsPage::showRecordSet(const QString &dataset, const QList<qint64> &ids, const QString &caption)
{
    if (!m_model || m_ui->datasetCombo->findData(dataset) < 0)
        return;
    m_recordSet = RecordSet{dataset, ids, caption};
    m_recordSetLabel->setText(recordSetCaption());
    m_recordSetBar->show();
    {
        // The set is shown as given: no search or column filter left from before narrows it unnoticed.
        const QSignalBlocker b1(m_ui->searchEdit), b2(m_ui->problemsCheck), b3(m_ui->filterFieldCombo);
        m_ui->searchEdit->clear();
        m_ui->problemsCheck->setChecked(false);
        m_ui->filterFieldCombo->setCurrentIndex(0);
        m_ui->filterValueEdit->clear();
    }
    if (this->dataset() == dataset)
        applyQuery();
    else
        setDataset(dataset); // runs the query
}

void RecordsPage::clearRecordSet()
{
    if (!m_recordSet)
        return;
    m_recordSet.reset();
    m_recordSetBar->hide();
    applyQuery();
}

QString RecordsPage::recordSetCaption() const
{
    if (!m_recordSet)
        return {};
    return tr("From the dashboard: %1 (%n record(s))", nullptr, int(m_recordSet->ids.size()))
        .arg(m_recordSet->caption);
}

void RecordsPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!m_model->isSortable(column)) {
        m_note = tr("\"%1\" cannot be sorted (only indexed columns can, to stay fast with many records).")
                     .arg(m_model->headerData(column, Qt::Horizontal).toString());
        showSortIndicator();
        m_ui->statusLabel->setText(statusText());
        return;
    }
    m_note.clear();
    m_firstPageMs = -1;
    m_queryClock.start();
    m_ui->statusLabel->setText(tr("Loading…"));
    m_model->sort(column, order);
    showSortIndicator();
    updateButtons();
}

void RecordsPage::showSortIndicator()
{
    QHeaderView *header = m_ui->table->horizontalHeader();
    const QSignalBlocker block(header);
    int column = -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->fieldName(c) == m_model->query().sortColumn)
            column = c;
    }
    header->setSortIndicator(column, m_model->query().order);
}

void RecordsPage::onCountKnown(int rows, double elapsedMs)
{
    Q_UNUSED(rows)
    Q_UNUSED(elapsedMs)
    if (m_pendingRow >= 0) {
        const int row = std::exchange(m_pendingRow, -1);
        if (selectRow(row))
            m_ui->table->scrollTo(m_proxy->index(row, 0), QAbstractItemView::PositionAtCenter);
    }
    m_ui->statusLabel->setText(statusText());
    updateButtons();
}

void RecordsPage::onPageLoaded(int page, double elapsedMs)
{
    Q_UNUSED(elapsedMs)
    if (page == 0 && m_firstPageMs < 0) {
        // What the user waited for: from the query to the first rows, worker round trip included.
        m_firstPageMs = double(m_queryClock.nsecsElapsed()) / 1e6;
        if (!m_columnsSized)
            QTimer::singleShot(0, this, &RecordsPage::resizeColumns); // after the view took the rows
    }
    if (m_model->isCountKnown())
        m_ui->statusLabel->setText(statusText());
    reselectPending(page);
}

void RecordsPage::refreshKeeping(qint64 id)
{
    applyQuery();
    if (m_problems)
        m_problems->refresh(); // the write replaced the record's problems
    m_pendingSelect = id;      // pages arrive after this (queued from the worker)...
    reselectPending(0);        // ...except in synchronous mode, where the first page is already here
}

void RecordsPage::reselectPending(int page)
{
    // Only the page that just arrived is looked at: finding a record elsewhere would mean a query, and a
    // record that moved off the first pages simply stays unselected.
    if (m_pendingSelect == 0)
        return;
    const int first = page * RecordTableModel::kPageSize;
    const int last = std::min(first + RecordTableModel::kPageSize, m_model->rowCount());
    for (int row = first; row < last; ++row) {
        if (m_model->index(row, 0).data(RecordTableModel::RecordIdRole).toLongLong() == m_pendingSelect) {
            m_pendingSelect = 0;
            selectRow(row);
            m_ui->table->scrollTo(m_proxy->index(row, 0));
            return;
        }
    }
}

void RecordsPage::resizeColumns()
{
    m_columnsSized = true;
    QTableView *table = m_ui->table;
    table->resizeColumnsToContents(); // the rows on screen only: the model is never scanned for this
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        table->setColumnWidth(c, std::clamp(table->columnWidth(c), kMinColumnWidth, kMaxColumnWidth));
}

QString RecordsPage::statusText() const
{
    if (!m_model || !m_model->isCountKnown())
        return tr("Loading…");
    QString text = tr("%n record(s)", nullptr, m_model->rowCount());
    if (m_firstPageMs >= 0)
        text += tr(" — shown in %1 ms").arg(QLocale().toString(m_firstPageMs, 'f', 0));
    if (!m_note.isEmpty())
        text += u' ' + m_note;
    return text;
}

bool RecordsPage::selectRow(int row)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return false;
    m_ui->table->selectRow(row);
    m_ui->table->setCurrentIndex(m_proxy->index(row, 0));
    return true;
}

qint64 RecordsPage::selectedId() const
{
    if (!m_model)
        return 0;
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RecordTableModel::RecordIdRole).toLongLong();
}

void RecordsPage::updateButtons()
{
    if (!m_model)
        return;
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    const bool selected =
        !rows.isEmpty() && rows.first().data(RecordTableModel::RecordIdRole).toLongLong() > 0;
    const bool deleted = selected && rows.first().data(RecordTableModel::DeletedRole).toBool();
    const bool canEdit = m_session.can(Permission::EditRecords);
    m_ui->editButton->setText(canEdit ? tr("&Edit…") : tr("&View…"));
    m_ui->editButton->setEnabled(selected && !deleted);
    m_ui->historyButton->setEnabled(selected);
    m_ui->deleteButton->setEnabled(selected);
    m_ui->deleteButton->setText(deleted ? tr("&Restore") : tr("&Delete"));
    m_ui->newButton->setEnabled(!dataset().isEmpty());
}

QString RecordsPage::regencyHint() const
{
    // Until the office's regency is a setting, the first record in view says which regency this is.
    if (!m_model || m_model->rowCount() == 0)
        return {};
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const DatasetTemplate *tpl = m_context->templates().find(dataset());
        const FieldDef *f = tpl ? tpl->field(m_model->fieldName(c)) : nullptr;
        if (f && !f->pii && (f->codeList == u"wilayah_kecamatan" || f->codeList == u"wilayah_desa")) {
            const QString code = m_model->index(0, c).data(Qt::EditRole).toString();
            if (!code.isEmpty())
                return code.section(u'.', 0, 1);
        }
    }
    return {};
}

RecordFormDialog *RecordsPage::newRecord()
{
    if (!m_model || dataset().isEmpty())
        return nullptr;
    RecordFormDialog *dialog = nullptr;
    try {
        dialog = new RecordFormDialog(*m_context, dataset(), 0, regencyHint(), this);
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("New record"), e.userMessage());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordFormDialog::saved, this, &RecordsPage::refreshKeeping);
    dialog->open();
    return dialog;
}

RecordFormDialog *RecordsPage::editSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    RecordFormDialog *dialog = nullptr;
    try {
        dialog = new RecordFormDialog(*m_context, dataset(), id, regencyHint(), this);
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Open record"), e.userMessage());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordFormDialog::saved, this, &RecordsPage::refreshKeeping);
    dialog->open();
    return dialog;
}

RecordHistoryDialog *RecordsPage::showHistory()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return nullptr;
    RecordHistoryDialog *dialog = nullptr;
    try {
        dialog = new RecordHistoryDialog(*m_context, dataset(), id, this);
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Record history"), e.userMessage());
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordHistoryDialog::recordChanged, this, [this, id] { refreshKeeping(id); });
    dialog->open();
    return dialog;
}

void RecordsPage::toggleDeleted()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const bool deleted = rows.first().data(RecordTableModel::DeletedRole).toBool();
    const QString title = deleted ? tr("Restore record") : tr("Delete record");
    if (!deleted && !MessageBoxes::instance().question(
                        this, title,
                        tr("Delete record %1? It leaves the list and the reports; its history is kept, and "
                           "\"Show deleted\" lets you restore it.")
                            .arg(id)))
        return;
    try {
        if (deleted)
            m_context->service().restore(dataset(), id);
        else
            m_context->service().remove(dataset(), id);
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, title, e.userMessage());
        return;
    }
    refreshKeeping(id); // a deleted record is gone from the list unless "Show deleted" is on
}

void RecordsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_model) {
            m_model->setLanguage(Translations::current());
            fillDatasets();
            fillFilterFields();
            fillFilterKinds();
            updateSearchAvailability();
            updateButtons();
            m_ui->statusLabel->setText(statusText());
            m_recordSetLabel->setText(recordSetCaption());
            if (auto *clear = m_recordSetBar->findChild<QPushButton *>(u"recordSetClearButton"_qs))
                clear->setText(tr("Show all records"));
        }
    }
    QWidget::changeEvent(event);
}

void RecordsPage::retranslate()
{
    setWindowTitle(tr("Records"));
}

} // namespace sinergi
