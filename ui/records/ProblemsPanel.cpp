#include "ProblemsPanel.h"

#include "RecordsContext.h"
#include "common/Error.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "quality/ProblemsModel.h"
#include "quality/QualitySummary.h"
#include "quality/ValidationRunner.h"
#include "quality/ValidationScope.h"
#include "records/PiiViewAuditor.h"
#include "records/SecondaryIndexes.h"
#include "session/Session.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace sinergi {

namespace {

QString validatingMessage()
{
    return ProblemsPanel::tr("Validating… you can keep browsing; saving changes works again when it ends.");
}

} // namespace

ProblemsPanel::ProblemsPanel(RecordsContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ProblemsModel(this)),
      m_runner(new ValidationRunner(context.session(), context.templates(), context.validator(),
                                    &context.regions(), this))
{
    // Records are listed by number and name: masked like the grid without the PII permission, and with it
    // logged like the grid's pages (an auditor of the panel's own, so the grid's page numbers stay apart).
    m_model->setPiiAccess(context.session().can(Permission::ViewPii),
                          new PiiViewAuditor(context.session(), this));
    // Wide enough for a rule's Indonesian name and its count without a horizontal scroll bar.
    setMinimumWidth(340);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *figures = new QGridLayout;
    m_completeness = new QLabel(this);
    m_validity = new QLabel(this);
    m_timeliness = new QLabel(this);
    for (QLabel *l : {m_completeness, m_validity, m_timeliness}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    figures->addWidget(m_completeness, 0, 0);
    figures->addWidget(m_validity, 1, 0);
    figures->addWidget(m_timeliness, 2, 0);
    layout->addLayout(figures);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The problem text takes the width left and may shrink to its first word beside a long record name (its
    // tooltip shows it whole). A stretched last section would not shrink below its first width.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_tree, 1);
    // activated covers Enter and the style's click (a double-click here); doubleClicked as well would jump
    // twice.
    connect(m_tree, &QTreeView::activated, this, &ProblemsPanel::onActivated);
    // Records of a rule load when it is expanded, and a page more whenever the list is scrolled to its end.
    connect(m_tree, &QTreeView::expanded, m_model, &ProblemsModel::loadMore);
    // Queued: the view lays the new rows out first, then they can be measured.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProblemsPanel::fitRuleColumn,
            Qt::QueuedConnection);
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value < m_tree->verticalScrollBar()->maximum())
            return;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex group = m_model->index(r, 0);
            if (m_tree->isExpanded(group) && m_model->canLoadMore(group))
                m_model->loadMore(group);
        }
    });

    auto *buttons = new QHBoxLayout;
    m_validateButton = new QPushButton(this);
    m_cancelButton = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    buttons->addWidget(m_validateButton);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(u"validationStatus"_qs);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_validateButton, &QPushButton::clicked, this, &ProblemsPanel::validateAgain);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProblemsPanel::cancelValidation);
    connect(m_runner, &ValidationRunner::progressed, this, [this](qint64 done, qint64 total) {
        // QProgressBar takes int: show per mille so a million rows never overflows it.
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(m_runner, &ValidationRunner::buildingIndexes, this, [this](int built, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(built);
        m_status->setText(tr("Building the search and sort indexes (%1 of %2)… The imported data is already "
                             "stored; the list works meanwhile, sorting and filters are slower until this "
                             "ends.")
                              .arg(std::min(built + 1, total))
                              .arg(total));
    });
    connect(m_runner, &ValidationRunner::progressed, this, [this] {
        // After the indexes: the validation of the rows themselves.
        if (m_status->text() != validatingMessage())
            m_status->setText(validatingMessage());
    });
    connect(m_runner, &ValidationRunner::finished, this, [this](bool cancelled) {
        setRunning(false);
        const ValidationResult &r = m_runner->lastResult();
        m_status->setText(cancelled ? tr("Validation cancelled; nothing was changed.")
                                    : tr("%L1 record(s) validated in %2 s.")
                                          .arg(r.rows)
                                          .arg(QLocale().toString(r.elapsedMs / 1000.0, 'f', 1)));
        refresh();
        emit validationFinished(cancelled);
    });
    connect(m_runner, &ValidationRunner::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(tr("Validation failed: %1").arg(message));
        emit validationFinished(true);
    });
    m_validateButton->setEnabled(context.session().can(Permission::EditRecords));
    setRunning(false);
    retranslate();
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::setDataset(const QString &id)
{
    m_dataset = id;
    refresh();
}

void ProblemsPanel::refresh()
{
    const DatasetTemplate *tpl = m_context.templates().find(m_dataset);
    try {
        m_model->setDataset(&m_context.session().db(), tpl);
        m_tree->resizeColumnToContents(ProblemsModel::RuleColumn);
        m_tree->resizeColumnToContents(ProblemsModel::CountColumn);
        updateQuality();
    } catch (const Error &e) {
        m_status->setText(e.userMessage());
    }
}

void ProblemsPanel::fitRuleColumn()
{
    // A record's number and name are longer than a rule's name: the column takes what they need, as far as
    // the field column and a readable start of the problem text leave room (the tooltip shows both whole;
    // the splitter gives the panel more).
    const QAbstractItemView *view = m_tree; // public there, protected in QTreeView; the tree's own measure
    const int wanted = view->sizeHintForColumn(ProblemsModel::RuleColumn);
    const int messageWidth = m_tree->fontMetrics().averageCharWidth() * 9;
    const int room =
        m_tree->viewport()->width() - m_tree->columnWidth(ProblemsModel::CountColumn) - messageWidth;
    const int width = std::max(m_tree->columnWidth(ProblemsModel::RuleColumn), std::min(wanted, room));
    m_tree->setColumnWidth(ProblemsModel::RuleColumn, width);
}

static QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + u" %"_qs : u"—"_qs;
}

void ProblemsPanel::updateQuality()
{
    const DatasetTemplate *tpl = m_context.templates().find(m_dataset);
    if (!tpl) {
        for (QLabel *l : {m_completeness, m_validity, m_timeliness})
            l->clear();
        return;
    }
    const QualitySummary q = QualitySummary::compute(m_context.session().db(), *tpl);
    m_completeness->setText(tr("Completeness: %1").arg(percent(q.completeness())));
    m_validity->setText(tr("Validity: %1").arg(percent(q.validity())));
    m_timeliness->setText(tr("Timeliness: %1").arg(percent(q.timeliness())));
    m_completeness->setToolTip(tr("Share of the required fields that are filled in, over all %L1 record(s) "
                                  "(%L2 of %L3 values).")
                                   .arg(q.records)
                                   .arg(q.filledValues)
                                   .arg(q.expectedValues));
    m_validity->setToolTip(
        tr("Share of records without validation errors (%L1 of %L2). Warnings do not count "
           "against it.")
            .arg(q.validRecords)
            .arg(q.records));
    m_timeliness->setToolTip(
        q.hasTimeliness ? tr("Share of records that are current: AK/I card not expired and no report overdue "
                             "(%L1 of %L2).")
                              .arg(q.records - q.untimelyRecords)
                              .arg(q.records)
                        : tr("This dataset has no timeliness rule (card expiry or report due)."));
}

QString ProblemsPanel::qualityText() const
{
    return QStringList{m_completeness->text(), m_validity->text(), m_timeliness->text()}.join(u'\n');
}

bool ProblemsPanel::validateAgain()
{
    return m_dataset.isEmpty() ? false : startValidation({m_dataset});
}

bool ProblemsPanel::validateAfterImport(const QString &dataset)
{
    if (!m_context.templates().find(dataset))
        return false;
    return startValidation(datasetsAffectedBy(m_context.templates(), RuleRegistry::standard(), dataset));
}

bool ProblemsPanel::finishInterruptedImports()
{
    QStringList datasets;
    for (const DatasetTemplate &tpl : m_context.templates().templates())
        if (!secondaryindexes::missing(m_context.session().db(), tpl).isEmpty())
            for (const QString &id :
                 datasetsAffectedBy(m_context.templates(), RuleRegistry::standard(), tpl.id()))
                if (!datasets.contains(id))
                    datasets << id;
    return !datasets.isEmpty() && m_context.session().can(Permission::EditRecords) &&
           startValidation(datasets);
}

bool ProblemsPanel::startValidation(const QStringList &datasets)
{
    if (m_runner->isRunning())
        return false;
    try {
        m_runner->start(datasets);
    } catch (const Error &e) {
        m_status->setText(e.userMessage());
        return false;
    }
    m_progress->setMaximum(1000);
    m_progress->setValue(0);
    m_status->setText(validatingMessage());
    setRunning(true);
    return true;
}

void ProblemsPanel::cancelValidation()
{
    m_runner->cancel();
}

void ProblemsPanel::setRunning(bool running)
{
    m_validateButton->setVisible(!running);
    m_cancelButton->setVisible(running);
    m_progress->setVisible(running);
}

void ProblemsPanel::onActivated(const QModelIndex &index)
{
    const qint64 id = index.data(ProblemsModel::RecordIdRole).toLongLong();
    if (id > 0)
        emit recordActivated(id);
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslate()
{
    m_title->setText(tr("Data problems"));
    m_validateButton->setText(tr("Validate again"));
    m_validateButton->setToolTip(tr("Check every record of this dataset again, including references to other "
                                    "datasets (needs the right to edit records)."));
    m_cancelButton->setText(tr("Cancel"));
    m_tree->setToolTip(
        tr("Problems grouped by rule. Expand a rule and double-click a record to show it in the "
           "grid."));
}

} // namespace sinergi
