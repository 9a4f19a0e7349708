#include "PeriodApprovalPage.h"

#include "PeriodDecisionDialog.h"
#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "quality/ProblemTable.h"
#include "quality/RuleLabels.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportPeriod.h"
#include "reports/ReportRules.h"
#include "reports/ReportSource.h"
#include "session/Session.h"
#include "store/Vault.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sinergi {

namespace {

std::function<int(PeriodDecisionDialog &)> &dialogRunner()
{
    static std::function<int(PeriodDecisionDialog &)> runner = [](PeriodDecisionDialog &d) {
        return d.exec();
    };
    return runner;
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setHighlightSections(false);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text); // long rule names and notes are cut at the column's edge
    return item;
}

QTableWidgetItem *number(qint64 value)
{
    return cell(QLocale().toString(value), Qt::AlignRight | Qt::AlignVCenter);
}

QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + u" %"_qs : u"–"_qs;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"dd-MM-yyyy HH:mm"_qs) : QString();
}

// A stored month by name; the raw key if the row holds something that is not a month.
QString monthLabel(const QString &period)
{
    try {
        return ReportPeriod::parse(period).label();
    } catch (const Error &) {
        return period;
    }
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

void PeriodApprovalPage::setDialogRunner(std::function<int(PeriodDecisionDialog &)> runner)
{
    dialogRunner() = runner ? std::move(runner) : [](PeriodDecisionDialog &d) { return d.exec(); };
}

PeriodApprovalPage::PeriodApprovalPage(Session &session, std::shared_ptr<ReportSource> source,
                                       QWidget *parent)
    : QWidget(parent), m_session(session), m_source(std::move(source)),
      m_templates(std::make_shared<const TemplateRegistry>(TemplateRegistry::loadEmbedded())),
      m_forms(std::make_shared<const IpkFormSet>(IpkFormSet::loadDefault(CodeListRegistry::loadEmbedded()))),
      m_approvals(session.db())
{
    setObjectName(u"periodApprovalPage"_qs);
    buildUi();
    // Last month: the one an office approves at the start of a month.
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    m_yearSpin->setValue(lastMonth.year());
    m_monthCombo->setCurrentIndex(lastMonth.month() - 1);
    retranslate();
    showPeriods();
    updateButtons();

    const auto changed = [this] {
        if (m_computedOnce)
            refresh();
    };
    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_yearSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_refreshButton, &QPushButton::clicked, this, &PeriodApprovalPage::refresh);
    connect(m_approveButton, &QPushButton::clicked, this, &PeriodApprovalPage::approve);
    connect(m_reopenButton, &QPushButton::clicked, this, &PeriodApprovalPage::reopen);
    connect(m_periods, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QString key = m_periods->item(row, 0)->data(Qt::UserRole).toString();
        setPeriod(key.left(4).toInt(), key.mid(5, 2).toInt());
    });
}

PeriodApprovalPage::~PeriodApprovalPage()
{
    shutDown();
}

void PeriodApprovalPage::shutDown()
{
    // A review reads the store through the session's vault: it must finish before the session ends.
    m_shutDown = true;
    for (QFuture<void> &f : m_pending)
        f.waitForFinished();
}

void PeriodApprovalPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_monthLabel = new QLabel(this);
    m_monthCombo = new QComboBox(this);
    m_monthCombo->setObjectName(u"monthCombo"_qs);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(u"yearSpin"_qs);
    m_yearSpin->setRange(2000, QDate::currentDate().year() + 1);
    m_refreshButton = new QPushButton(this);
    m_approveButton = new QPushButton(this);
    m_approveButton->setObjectName(u"approveButton"_qs);
    m_reopenButton = new QPushButton(this);
    m_reopenButton->setObjectName(u"reopenButton"_qs);
    m_monthLabel->setBuddy(m_monthCombo);
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_monthCombo);
    bar->addWidget(m_yearSpin);
    bar->addWidget(m_refreshButton);
    m_busyLabel = new QLabel(this);
    bar->addWidget(m_busyLabel);
    bar->addStretch(1);
    bar->addWidget(m_approveButton);
    bar->addWidget(m_reopenButton);
    layout->addLayout(bar);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"stateLabel"_qs);
    m_stateLabel->setWordWrap(true);
    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(true);
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.1);
    m_stateLabel->setFont(stateFont);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_qs);
    m_summaryLabel->setWordWrap(true);
    m_permissionNote = new QLabel(this);
    m_permissionNote->setWordWrap(true);
    m_permissionNote->setVisible(!m_session.can(Permission::ApprovePeriod));
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_permissionNote);

    auto *grid = new QGridLayout;
    m_problemsTitle = heading(this);
    m_checksTitle = heading(this);
    m_qualityTitle = heading(this);
    m_problems = makeTable(this, u"problemsTable"_qs);
    m_checks = makeTable(this, u"checksTable"_qs);
    m_quality = makeTable(this, u"qualityTable"_qs);
    grid->addWidget(m_problemsTitle, 0, 0);
    grid->addWidget(m_problems, 1, 0, 3, 1);
    grid->addWidget(m_checksTitle, 0, 1);
    grid->addWidget(m_checks, 1, 1);
    grid->addWidget(m_qualityTitle, 2, 1);
    grid->addWidget(m_quality, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(3, 3);
    layout->addLayout(grid, 3);

    m_periodsTitle = heading(this);
    m_periods = makeTable(this, u"periodsTable"_qs);
    layout->addWidget(m_periodsTitle);
    layout->addWidget(m_periods, 2);
}

void PeriodApprovalPage::retranslate()
{
    setWindowTitle(tr("Period approval"));
    m_monthLabel->setText(tr("&Month:"));
    fillMonths();
    m_refreshButton->setText(tr("Review again"));
    m_approveButton->setText(tr("Approve period"));
    m_reopenButton->setText(tr("Reopen…"));
    m_permissionNote->setText(
        tr("Only a walidata or an administrator can approve or reopen a period. Records of an approved month "
           "cannot be changed."));
    m_problemsTitle->setText(tr("Validation problems of the month's records"));
    m_checksTitle->setText(tr("IPK checks"));
    m_qualityTitle->setText(tr("Quality of the month's records"));
    m_periodsTitle->setText(tr("Approved periods"));
    m_problems->setColumnCount(5);
    m_problems->setHorizontalHeaderLabels(
        {tr("Severity"), tr("Dataset"), tr("Rule"), tr("Records"), tr("Findings")});
    m_checks->setColumnCount(4);
    m_checks->setHorizontalHeaderLabels({tr("Status"), tr("Check"), tr("Records"), tr("Details")});
    m_quality->setColumnCount(5);
    m_quality->setHorizontalHeaderLabels(
        {tr("Dataset"), tr("Records"), tr("Completeness"), tr("Validity"), tr("Timeliness")});
    m_periods->setColumnCount(7);
    m_periods->setHorizontalHeaderLabels({tr("Period"), tr("State"), tr("Approved by"), tr("Approved at"),
                                          tr("Reopened by"), tr("Reopened at"), tr("Note / reason")});
    // Numbers and short texts as wide as they need; the one long text column takes the rest.
    const QList<QPair<QTableWidget *, int>> stretched{
        {m_problems, 2}, {m_checks, 3}, {m_quality, 0}, {m_periods, 6}};
    for (const auto &[table, column] : stretched) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    showReview();
    showPeriods();
}

void PeriodApprovalPage::fillMonths()
{
    const QSignalBlocker block(m_monthCombo);
    const int keep = std::max(0, m_monthCombo->currentIndex());
    m_monthCombo->clear();
    for (int m = 1; m <= 12; ++m)
        m_monthCombo->addItem(QLocale().standaloneMonthName(m));
    m_monthCombo->setCurrentIndex(keep);
}

QString PeriodApprovalPage::period() const
{
    return QStringLiteral("%1-%2")
        .arg(m_yearSpin->value(), 4, 10, QChar(u'0'))
        .arg(m_monthCombo->currentIndex() + 1, 2, 10, QChar(u'0'));
}

void PeriodApprovalPage::setPeriod(int year, int month)
{
    const bool wasComputed = m_computedOnce;
    m_computedOnce = false; // one review for the whole change
    m_yearSpin->setValue(year);
    m_monthCombo->setCurrentIndex(std::clamp(month, 1, 12) - 1);
    m_computedOnce = wasComputed;
    refresh();
}

void PeriodApprovalPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_computedOnce)
        refresh();
}

void PeriodApprovalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeriodApprovalPage::refresh()
{
    if (m_shutDown)
        return;
    m_computedOnce = true;
    const int generation = ++m_generation;
    ++m_running;
    m_review.reset();
    showPeriods();
    showReview();
    m_busyLabel->setText(tr("Reviewing…"));
    ReportRules rules;
    try {
        rules = ReportRules::fromSettings(m_session);
    } catch (const Error &) {
        // the defaults; the settings page reports an unreadable store on its own
    }
    // Only copies go to the worker: the page may be closed before it finishes (shutDown waits for it).
    const std::shared_ptr<ReportSource> source = m_source;
    const std::shared_ptr<const TemplateRegistry> templates = m_templates;
    const std::shared_ptr<const IpkFormSet> forms = m_forms;
    Vault *vault = &m_session.vault();
    const QString month = period();
    struct Done
    {
        std::optional<PeriodReview> review;
        QString error;
    };
    auto *watcher = new QFutureWatcher<Done>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const Done done = watcher->result();
        watcher->deleteLater();
        onReview(generation, done.review, done.error);
    });
    const QFuture<Done> future = QtConcurrent::run([source, templates, forms, vault, rules, month]() -> Done {
        Done out;
        try {
            const std::shared_ptr<const LabourSnapshot> snapshot = source->current();
            Database db = vault->openWorkerConnection();
            out.review = PeriodReview::gather(db, *templates, *snapshot, *forms, rules, month);
        } catch (const Error &e) {
            out.error = e.userMessage(); // errors must not escape the worker thread
        } catch (const std::exception &e) {
            out.error = Error(ErrorCode::Internal, QString::fromUtf8(e.what())).userMessage();
        }
        return out;
    });
    watcher->setFuture(future);
    m_pending.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_pending << QFuture<void>(future);
}

void PeriodApprovalPage::onReview(int generation, const std::optional<PeriodReview> &review,
                                  const QString &error)
{
    --m_running;
    if (generation != m_generation)
        return; // the month changed meanwhile; its own review is on its way
    m_busyLabel->clear();
    if (!error.isEmpty() || !review) {
        m_summaryLabel->setText(tr("The review could not be made: %1").arg(error));
        updateButtons();
        return;
    }
    m_review = review;
    showReview();
    emit reviewReady();
}

QString PeriodApprovalPage::datasetLabel(const QString &id) const
{
    const DatasetTemplate *tpl = m_templates->find(id);
    return tpl ? tpl->label(Translations::current() == u"en" ? u"en"_qs : u"id"_qs) : id;
}

QString PeriodApprovalPage::stateText() const
{
    return m_stateLabel->text();
}

QString PeriodApprovalPage::summaryText() const
{
    return m_summaryLabel->text();
}

void PeriodApprovalPage::showReview()
{
    const QString label = ReportPeriod::parse(period()).label();
    if (!m_state)
        m_stateLabel->setText(tr("%1: not approved").arg(label));
    else if (m_state->isApproved())
        m_stateLabel->setText(tr("%1: approved by %2 on %3 — its records are locked")
                                  .arg(label, m_state->approvedBy, when(m_state->approvedAt)));
    else
        m_stateLabel->setText(
            tr("%1: reopened by %2 on %3 (reason: %4)")
                .arg(label, m_state->reopenedBy, when(m_state->reopenedAt), m_state->reopenReason));

    m_problems->setRowCount(0);
    m_checks->setRowCount(0);
    m_quality->setRowCount(0);
    if (!m_review) {
        m_summaryLabel->setText(isBusy() ? tr("Reviewing the month…") : QString());
        updateButtons();
        return;
    }
    const PeriodReview &r = *m_review;
    m_summaryLabel->setText(
        tr("Review: %1 validation error(s), %2 warning(s), %3 of %4 IPK check(s) broken.")
            .arg(QLocale().toString(r.problemCount(problemtable::kError)),
                 QLocale().toString(r.problemCount(problemtable::kWarning)))
            .arg(r.brokenInvariants())
            .arg(std::count_if(r.invariants.cbegin(), r.invariants.cend(),
                               [](const PeriodReview::InvariantCheck &c) { return c.isError(); })));

    m_problems->setRowCount(int(r.problems.size()));
    for (int i = 0; i < r.problems.size(); ++i) {
        const RuleCount &c = r.problems.at(i);
        auto *severity = cell(c.severity == problemtable::kError ? tr("Error") : tr("Warning"));
        severity->setForeground(c.severity == problemtable::kError ? QColor(0xb0, 0x1c, 0x1c)
                                                                   : QColor(0x8a, 0x5a, 0x00));
        m_problems->setItem(i, 0, severity);
        m_problems->setItem(i, 1, cell(datasetLabel(c.dataset)));
        m_problems->setItem(i, 2, cell(RuleLabels::label(m_templates->find(c.dataset), c.rule)));
        m_problems->setItem(i, 3, number(c.records));
        m_problems->setItem(i, 4, number(c.problems));
    }
    m_checks->setRowCount(int(r.invariants.size()));
    for (int i = 0; i < r.invariants.size(); ++i) {
        const PeriodReview::InvariantCheck &c = r.invariants.at(i);
        auto *status = cell(c.ok() ? tr("OK") : c.isError() ? tr("Broken") : tr("Warning"));
        status->setForeground(c.ok()        ? QColor(0x1b, 0x6e, 0x20)
                              : c.isError() ? QColor(0xb0, 0x1c, 0x1c)
                                            : QColor(0x8a, 0x5a, 0x00));
        m_checks->setItem(i, 0, status);
        m_checks->setItem(i, 1, cell(c.label()));
        m_checks->setItem(i, 2, number(c.recordCount()));
        QStringList messages;
        for (const IpkBreak &b : c.breaks)
            messages << b.message;
        auto *details =
            cell(messages.isEmpty() ? QString()
                                    : messages.first() + (messages.size() > 1 ? tr(" (+%n more)", nullptr,
                                                                                   int(messages.size() - 1))
                                                                              : QString()));
        details->setToolTip(messages.join(u'\n'));
        m_checks->setItem(i, 3, details);
    }
    m_quality->setRowCount(int(r.quality.size()));
    for (int i = 0; i < r.quality.size(); ++i) {
        const QualitySummary &q = r.quality.at(i);
        m_quality->setItem(i, 0, cell(datasetLabel(q.dataset)));
        m_quality->setItem(i, 1, number(q.records));
        m_quality->setItem(i, 2, cell(percent(q.completeness()), Qt::AlignRight | Qt::AlignVCenter));
        m_quality->setItem(i, 3, cell(percent(q.validity()), Qt::AlignRight | Qt::AlignVCenter));
        m_quality->setItem(i, 4, cell(percent(q.timeliness()), Qt::AlignRight | Qt::AlignVCenter));
    }
    updateButtons();
}

void PeriodApprovalPage::showPeriods()
{
    QList<PeriodApproval> all;
    try {
        all = m_approvals.list();
        m_state = m_approvals.find(period());
    } catch (const Error &e) {
        m_summaryLabel->setText(e.userMessage());
    }
    m_periods->setRowCount(int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const PeriodApproval &a = all.at(i);
        auto *name = cell(monthLabel(a.period));
        name->setData(Qt::UserRole, a.period);
        m_periods->setItem(i, 0, name);
        auto *state = cell(a.isApproved() ? tr("Approved") : tr("Reopened"));
        state->setForeground(a.isApproved() ? QColor(0x1b, 0x6e, 0x20) : QColor(0x8a, 0x5a, 0x00));
        m_periods->setItem(i, 1, state);
        m_periods->setItem(i, 2, cell(a.approvedBy));
        m_periods->setItem(i, 3, cell(when(a.approvedAt)));
        m_periods->setItem(i, 4, cell(a.reopenedBy));
        m_periods->setItem(i, 5, cell(when(a.reopenedAt)));
        QString text = a.isApproved() ? a.note : a.reopenReason;
        if (a.isApproved() && a.acknowledgedErrors)
            text = tr("[errors acknowledged] %1").arg(text);
        m_periods->setItem(i, 6, cell(text));
    }
}

void PeriodApprovalPage::updateButtons()
{
    const bool may = m_session.can(Permission::ApprovePeriod);
    const bool approved = m_state && m_state->isApproved();
    m_approveButton->setEnabled(may && !approved && m_review && !isBusy());
    m_reopenButton->setEnabled(may && approved);
}

bool PeriodApprovalPage::approve()
{
    if (!m_review || m_review->period != period())
        return false;
    const PeriodReview review = *m_review;
    const QString label = ReportPeriod::parse(review.period).label();
    PeriodDecisionDialog dialog(PeriodDecisionDialog::Kind::Approve, label, m_summaryLabel->text(),
                                review.hasErrors(), this);
    if (dialogRunner()(dialog) != QDialog::Accepted)
        return false;
    try {
        m_approvals.approve(m_session, review.period, dialog.text(), review, dialog.acknowledged());
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Approve period"), e.userMessage());
        return false;
    }
    showPeriods();
    showReview();
    emit periodStateChanged(review.period);
    return true;
}

bool PeriodApprovalPage::reopen()
{
    const QString month = period();
    PeriodDecisionDialog dialog(PeriodDecisionDialog::Kind::Reopen, ReportPeriod::parse(month).label(), {},
                                false, this);
    if (dialogRunner()(dialog) != QDialog::Accepted)
        return false;
    try {
        m_approvals.reopen(m_session, month, dialog.text());
    } catch (const Error &e) {
        MessageBoxes::instance().warning(this, tr("Reopen period"), e.userMessage());
        return false;
    }
    showPeriods();
    showReview();
    emit periodStateChanged(month);
    return true;
}

} // namespace sinergi
