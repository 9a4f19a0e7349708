#include "AuditPage.h"

#include "ui_AuditPage.h"

#include "AuditActions.h"
#include "AuditModel.h"
#include "common/MessageBoxes.h"
#include "session/Session.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace sinergi {

namespace {
constexpr int kShownProblems = 20;
}

AuditPage::AuditPage(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_session(session),
      m_model(new AuditModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_reloadTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditModel::SortRole);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(AuditModel::TimeColumn, Qt::DescendingOrder);
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(AuditModel::TimeColumn, 160);
    header->resizeSection(AuditModel::ActorColumn, 130);
    header->resizeSection(AuditModel::ActionColumn, 220);
    header->resizeSection(AuditModel::TargetColumn, 180);

    const QDate today = QDate::currentDate();
    m_ui->fromEdit->setDate(today.addDays(-30));
    m_ui->toEdit->setDate(today);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
    m_ui->resultLabel->hide();
    fillActionCombo();

    // Typing in a filter field re-queries shortly after the last key, not on every key.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &AuditPage::reload);
    const auto later = [this] { m_reloadTimer->start(); };
    connect(m_ui->actorEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->textEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_ui->periodCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromEdit->setEnabled(on);
        m_ui->toEdit->setEnabled(on);
        reload();
    });
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, later);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, later);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    retranslate();
    reload();
}

AuditPage::~AuditPage() = default;

void AuditPage::fillActionCombo()
{
    const int current = m_ui->actionCombo->currentIndex();
    const QSignalBlocker block(m_ui->actionCombo);
    m_ui->actionCombo->clear();
    for (const auto &[label, prefix] : AuditActions::filterPrefixes())
        m_ui->actionCombo->addItem(label, prefix);
    m_ui->actionCombo->setCurrentIndex(qMax(0, current));
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.actor = m_ui->actorEdit->text().trimmed();
    f.actionPrefix = m_ui->actionCombo->currentData().toString();
    f.text = m_ui->textEdit->text().trimmed();
    if (m_ui->periodCheck->isChecked()) {
        // The dates are local calendar days; the log stores UTC.
        f.from = m_ui->fromEdit->date().startOfDay().toUTC();
        f.to = m_ui->toEdit->date().endOfDay().toUTC();
    }
    return f;
}

void AuditPage::reload()
{
    m_reloadTimer->stop();
    try {
        const AuditFilter f = filter();
        const QList<AuditEntry> entries = m_session.queryAudit(f);
        m_model->setEntries(entries);
        m_ui->countLabel->setText(entries.size() >= f.limit
                                      ? tr("Showing the newest %1 entries; narrow the filter to see older ones.")
                                            .arg(f.limit)
                                      : tr("%n entry(s)", nullptr, int(entries.size())));
    } catch (const Error &e) {
        MessageBoxes::instance().critical(this, tr("Audit log"), e.userMessage());
    }
}

bool AuditPage::verifyChain()
{
    QList<AuditProblem> problems;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        problems = m_session.verifyAudit();
    } catch (const Error &e) {
        QGuiApplication::restoreOverrideCursor();
        MessageBoxes::instance().critical(this, tr("Verify audit log"), e.userMessage());
        return false;
    }
    QGuiApplication::restoreOverrideCursor();

    if (problems.isEmpty()) {
        m_ui->resultLabel->setText(tr("The audit log is intact: no entry was changed, removed or reordered."));
        m_ui->resultLabel->setStyleSheet(u"QLabel { color: #1b6e20; background: #e8f5e9; border: 1px solid "
                                         "#a5d6a7; border-radius: 3px; padding: 6px; }"_qs);
    } else {
        QStringList lines;
        lines.append(tr("The audit log is NOT intact. %n problem(s) found:", nullptr, int(problems.size())));
        for (qsizetype i = 0; i < problems.size() && i < kShownProblems; ++i)
            lines.append(tr("Entry #%1: %2").arg(problems.at(i).seq).arg(problems.at(i).description));
        if (problems.size() > kShownProblems)
            lines.append(tr("… and %n more.", nullptr, int(problems.size() - kShownProblems)));
        m_ui->resultLabel->setText(lines.join(u'\n'));
        m_ui->resultLabel->setStyleSheet(u"QLabel { color: #b3261e; background: #fdecea; border: 1px solid "
                                         "#f5b7b1; border-radius: 3px; padding: 6px; }"_qs);
    }
    m_ui->resultLabel->show();
    return problems.isEmpty();
}

QString AuditPage::verifyResultText() const
{
    return m_ui->resultLabel->isVisibleTo(this) ? m_ui->resultLabel->text() : QString();
}

void AuditPage::showEvent(QShowEvent *event)
{
    // New entries are written all the time (every change is audited); show them when the page opens.
    reload();
    QWidget::showEvent(event);
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillActionCombo();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    setWindowTitle(tr("Audit log"));
}

} // namespace sinergi
