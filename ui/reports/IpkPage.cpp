#include "IpkPage.h"

#include "IpkPdf.h"
#include "IpkTableModel.h"
#include "common/Background.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/Translations.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/RegionCatalog.h"
#include "reference/RegionEditions.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkCharts.h"
#include "reports/IpkCsv.h"
#include "reports/IpkDocumentInfo.h"
#include "reports/IpkExport.h"
#include "reports/IpkXlsx.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportSource.h"
#include "session/Session.h"
#include "ui_IpkPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QShowEvent>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace sinergi {

namespace {

enum PeriodKind { Month = 0, Semester = 1, Year = 2 };
constexpr int kBreakRole = Qt::UserRole + 1;

} // namespace

struct IpkPage::Result
{
    std::shared_ptr<const LabourSnapshot> snapshot;
    IpkReport report = {};
    int districtIndex = -1; // as passed to IpkCalculator
    double milliseconds = 0;
};

IpkPage::IpkPage(Session &session, std::shared_ptr<ReportSource> source, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::IpkPage>()), m_session(session), m_source(std::move(source)),
      m_regions(std::make_unique<RegionCatalog>(RegionEditions::load(session.db()))),
      m_forms(std::make_shared<const IpkFormSet>(IpkFormSet::loadDefault(CodeListRegistry::loadEmbedded())))
{
    m_ui->setupUi(this);
    setObjectName(u"ipkPage"_qs);
    m_model = new IpkTableModel(this);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_ui->tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->tableView->setWordWrap(false);
    QFont titleFont = m_ui->tableTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ui->tableTitle->setFont(titleFont);
    m_ui->pageLayout->setStretchFactor(m_ui->mainSplitter, 1);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({210, 1000});
    m_ui->tableSplitter->setStretchFactor(0, 3);
    m_ui->tableSplitter->setStretchFactor(1, 1);
    m_ui->tableSplitter->setSizes({460, 170});
    m_ui->breakList->setMinimumWidth(360);
    m_ui->idsView->setMaximumWidth(320);
    m_ui->openRecordsButton->setEnabled(false);
    m_ui->copyIdsButton->setEnabled(false);

    // The month before this one: the report an office makes at the start of a month.
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    m_ui->yearSpin->setMaximum(QDate::currentDate().year() + 1);
    m_ui->yearSpin->setValue(lastMonth.year());
    retranslate();
    m_ui->periodPart->setCurrentIndex(lastMonth.month() - 1);
    fillKecamatan();

    const auto changed = [this] {
        if (m_computedOnce)
            recompute();
    };
    connect(m_ui->periodKind, &QComboBox::currentIndexChanged, this, [this, changed] {
        fillPeriodParts();
        changed();
    });
    connect(m_ui->periodPart, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->yearSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->kecamatanCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->formList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_report && row >= 0 && row < m_report->tables.size())
            showForm(m_report->tables.at(row).formId);
    });
    connect(m_ui->breakList, &QListWidget::currentRowChanged, this, &IpkPage::showBreak);
    connect(m_ui->copyIdsButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_ui->idsView->toPlainText()); });
    connect(m_ui->openRecordsButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->breakList->currentRow();
        if (!m_report || row < 0 || row >= m_report->breaks.size())
            return;
        const IpkBreak &b = m_report->breaks.at(row);
        emit openRecordsRequested(b.dataset, b.recordIds, tr("IPK check: %1").arg(b.message));
    });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportReport(u"csv"_qs); });
    connect(m_ui->exportXlsxButton, &QPushButton::clicked, this, [this] { exportReport(u"xlsx"_qs); });
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, [this] { exportReport(u"pdf"_qs); });
    showReport();
}

IpkPage::~IpkPage()
{
    shutDown();
}

void IpkPage::shutDown()
{
    // A worker reads the store through the session's vault: it must be done before the window (and then
    // the session) goes away. Computing a period takes milliseconds once the snapshot is read.
    m_shutDown = true;
    for (QFuture<void> &f : m_pending)
        f.waitForFinished();
}

QString IpkPage::language() const
{
    return Translations::current() == u"en" ? u"en"_qs : u"id"_qs;
}

void IpkPage::fillPeriodParts()
{
    const QSignalBlocker block(m_ui->periodPart);
    const int kind = m_ui->periodKind->currentIndex();
    const int keep = m_ui->periodPart->currentIndex();
    const int previousCount = m_ui->periodPart->count();
    m_ui->periodPart->clear();
    if (kind == Month) {
        for (int m = 1; m <= 12; ++m)
            m_ui->periodPart->addItem(QLocale().standaloneMonthName(m));
    } else if (kind == Semester) {
        m_ui->periodPart->addItem(tr("Semester I (January–June)"));
        m_ui->periodPart->addItem(tr("Semester II (July–December)"));
    }
    m_ui->periodPart->setVisible(kind != Year);
    // Same kind (a retranslation): keep the choice; months -> semester: the half the month falls in.
    if (previousCount == m_ui->periodPart->count())
        m_ui->periodPart->setCurrentIndex(std::max(0, keep));
    else if (kind == Semester)
        m_ui->periodPart->setCurrentIndex(keep >= 6 ? 1 : 0);
    else if (kind == Month)
        m_ui->periodPart->setCurrentIndex(keep == 1 ? 6 : 0);
}

void IpkPage::fillKecamatan()
{
    const QSignalBlocker block(m_ui->kecamatanCombo);
    const QString keep = district();
    m_ui->kecamatanCombo->clear();
    m_ui->kecamatanCombo->addItem(tr("Whole regency"), QString());
    QString regency;
    try {
        regency = m_session.setting(u"office.regency"_qs);
    } catch (const Error &) {
    }
    QStringList codes;
    for (const RegionCatalog::Region &r : m_regions->districts(regency))
        codes << r.code;
    // Without the office setting, the kecamatan the records name (known once the snapshot is read).
    if (codes.isEmpty() && m_snapshot)
        for (const QByteArray &code : m_snapshot->districts())
            codes << QString::fromUtf8(code);
    for (const QString &code : codes) {
        const auto region = m_regions->find(code);
        m_ui->kecamatanCombo->addItem(region ? region->name + u" ("_qs + region->code + u')' : code,
                                      region ? region->code : code);
    }
    const int index = m_ui->kecamatanCombo->findData(keep);
    m_ui->kecamatanCombo->setCurrentIndex(std::max(0, index));
}

ReportPeriod IpkPage::period() const
{
    const int year = m_ui->yearSpin->value();
    switch (m_ui->periodKind->currentIndex()) {
    case Semester:
        return ReportPeriod::semester(year, m_ui->periodPart->currentIndex() == 1 ? 2 : 1);
    case Year:
        return ReportPeriod::year(year);
    default:
        return ReportPeriod::month(year, std::clamp(m_ui->periodPart->currentIndex() + 1, 1, 12));
    }
}

void IpkPage::setPeriod(const ReportPeriod &period)
{
    const bool wasComputed = m_computedOnce;
    m_computedOnce = false; // one computation for the whole change, not one per widget
    const int kind = period.kind() == ReportPeriod::Kind::Month      ? Month
                     : period.kind() == ReportPeriod::Kind::Semester ? Semester
                                                                     : Year;
    m_ui->periodKind->setCurrentIndex(kind);
    fillPeriodParts();
    m_ui->yearSpin->setValue(period.first().year());
    if (kind == Month)
        m_ui->periodPart->setCurrentIndex(period.first().month() - 1);
    else if (kind == Semester)
        m_ui->periodPart->setCurrentIndex(period.first().month() >= 7 ? 1 : 0);
    m_computedOnce = wasComputed;
    if (m_computedOnce)
        recompute();
}

QString IpkPage::district() const
{
    return m_ui->kecamatanCombo->currentData().toString();
}

void IpkPage::setDistrict(const QString &code)
{
    int index = m_ui->kecamatanCombo->findData(code);
    if (index < 0 && !code.isEmpty()) {
        m_ui->kecamatanCombo->addItem(code, code);
        index = m_ui->kecamatanCombo->count() - 1;
    }
    m_ui->kecamatanCombo->setCurrentIndex(std::max(0, index)); // recomputes through the signal
}

void IpkPage::recompute()
{
    if (m_shutDown)
        return;
    m_computedOnce = true;
    const int generation = ++m_generation;
    ++m_running;
    m_ui->busyLabel->setText(tr("Computing…"));
    try {
        m_rules = ReportRules::fromSettings(m_session);
    } catch (const Error &) {
        m_rules = {}; // the defaults; the settings page reports an unreadable store on its own
    }
    // Only copies go to the worker: the page may be closed before it finishes.
    const std::shared_ptr<ReportSource> source = m_source;
    const std::shared_ptr<const IpkFormSet> forms = m_forms;
    const ReportRules rules = m_rules;
    const ReportPeriod chosen = period();
    const QByteArray code = district().toUtf8();
    using Done = Outcome<std::shared_ptr<Result>>;
    auto *watcher = new QFutureWatcher<Done>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const Done outcome = watcher->result();
        watcher->deleteLater();
        onResult(generation, outcome.value, outcome.error ? outcome.error->userMessage() : QString());
    });
    const QFuture<Done> future = QtConcurrent::run([source, forms, rules, chosen, code]() -> Done {
        Done out;
        try {
            QElapsedTimer timer;
            timer.start();
            auto result = std::make_shared<Result>();
            result->snapshot = source->current();
            int index = -1;
            if (!code.isEmpty()) {
                index = result->snapshot->districtIndex(code);
                // A kecamatan without records: an index no record carries, so every number is 0.
                if (index < 0)
                    index = int(result->snapshot->districts().size());
            }
            result->districtIndex = index;
            result->report = IpkCalculator(*result->snapshot, rules).compute(*forms, chosen, index);
            result->report.district = QString::fromUtf8(code);
            result->milliseconds = double(timer.nsecsElapsed()) / 1e6;
            out.value = result;
        } catch (const Error &e) {
            out.error = e; // errors must not escape the worker thread
        } catch (const std::exception &e) {
            out.error = Error(ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
        return out;
    });
    watcher->setFuture(future);
    m_pending.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_pending << QFuture<void>(future);
}

void IpkPage::onResult(int generation, const std::shared_ptr<Result> &result, const QString &error)
{
    --m_running;
    if (generation != m_generation)
        return; // the choice changed meanwhile; its own computation is on its way
    m_ui->busyLabel->clear();
    if (!error.isEmpty() || !result) {
        m_ui->statusLabel->setText(tr("The tables could not be computed: %1").arg(error));
        return;
    }
    const bool firstSnapshot = !m_snapshot;
    m_snapshot = result->snapshot;
    m_districtIndex = result->districtIndex;
    m_report = std::move(result->report);
    if (firstSnapshot && m_ui->kecamatanCombo->count() == 1)
        fillKecamatan();
    showReport();
    m_ui->statusLabel->setText(tr("%1, %2: computed in %3 ms")
                                   .arg(m_report->period.label(), m_ui->kecamatanCombo->currentText())
                                   .arg(result->milliseconds, 0, 'f', 0));
    emit reportReady();
}

void IpkPage::showReport()
{
    const bool have = m_report.has_value();
    m_ui->exportCsvButton->setEnabled(have);
    m_ui->exportXlsxButton->setEnabled(have);
    m_ui->exportPdfButton->setEnabled(have);
    const QString keep = currentFormId();
    {
        const QSignalBlocker block(m_ui->formList);
        m_ui->formList->clear();
        if (have)
            for (const IpkTable &t : m_report->tables)
                m_ui->formList->addItem(t.formId + u"  "_qs + t.title.text(language()));
    }
    if (!have) {
        m_model->clear();
        m_ui->tableTitle->setText(tr("Computing the tables…"));
        m_ui->checksStatus->clear();
        return;
    }
    showForm(keep.isEmpty() && !m_report->tables.isEmpty() ? m_report->tables.first().formId : keep);
    showChecks();
}

QString IpkPage::currentFormId() const
{
    return m_model->rowCount() > 0 ? m_model->table().formId : QString();
}

void IpkPage::showForm(const QString &formId)
{
    if (!m_report)
        return;
    for (int i = 0; i < m_report->tables.size(); ++i) {
        const IpkTable &t = m_report->tables.at(i);
        if (t.formId != formId)
            continue;
        m_model->setTable(t, language());
        m_ui->tableTitle->setText(
            tr("Form %1: %2").arg(t.formId, t.title.text(language())) + u"\n"_qs +
            tr("%1 · %2").arg(m_report->period.label(), m_ui->kecamatanCombo->currentText()));
        const QSignalBlocker block(m_ui->formList);
        m_ui->formList->setCurrentRow(i);
        QHeaderView *header = m_ui->tableView->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        m_ui->tableView->resizeColumnsToContents();
        header->resizeSection(0, std::min(header->sectionSize(0), 340));
        return;
    }
}

void IpkPage::showChecks()
{
    m_ui->breakList->clear();
    m_ui->idsView->clear();
    m_ui->openRecordsButton->setEnabled(false);
    m_ui->copyIdsButton->setEnabled(false);
    const bool clean = m_report->breaks.isEmpty();
    m_ui->checksStatus->setText(checksText());
    m_ui->checksStatus->setStyleSheet(clean ? u"color: #1b7a33; font-weight: bold;"_qs
                                            : u"color: #b3261e; font-weight: bold;"_qs);
    // All clear needs one line; breaks need room for the list and the record ids.
    m_ui->checksBox->setMaximumHeight(clean ? fontMetrics().height() * 4 : QWIDGETSIZE_MAX);
    m_ui->breakList->setVisible(!clean);
    m_ui->idsLabel->setVisible(!clean);
    m_ui->idsView->setVisible(!clean);
    m_ui->openRecordsButton->setVisible(!clean);
    m_ui->copyIdsButton->setVisible(!clean);
    for (int i = 0; i < m_report->breaks.size(); ++i) {
        const IpkBreak &b = m_report->breaks.at(i);
        auto *item = new QListWidgetItem(tr("%1 (%n record(s))", "", int(b.recordCount)).arg(b.message));
        item->setData(kBreakRole, i);
        m_ui->breakList->addItem(item);
    }
    if (!clean)
        m_ui->breakList->setCurrentRow(0);
}

QString IpkPage::checksText() const
{
    if (!m_report)
        return {};
    if (m_report->breaks.isEmpty())
        return tr("All checks hold: closing = A − B, closing = next opening, no negative stock.");
    return tr("%n check(s) do not hold. Choose one to see the records that cause it.", "",
              int(m_report->breaks.size()));
}

void IpkPage::showBreak(int index)
{
    if (!m_report || index < 0 || index >= m_report->breaks.size()) {
        m_ui->idsView->clear();
        return;
    }
    const IpkBreak &b = m_report->breaks.at(index);
    QStringList ids;
    for (qint64 id : b.recordIds)
        ids << QString::number(id);
    QString text = ids.join(u", "_qs);
    if (b.recordCount > b.recordIds.size())
        text += u"\n"_qs + tr("… and %1 more").arg(b.recordCount - b.recordIds.size());
    m_ui->idsView->setPlainText(text);
    m_ui->copyIdsButton->setEnabled(!ids.isEmpty());
    m_ui->openRecordsButton->setEnabled(!ids.isEmpty() && !b.dataset.isEmpty());
}

bool IpkPage::exportReport(const QString &format)
{
    if (!m_report)
        return false;
    const QString suffix =
        m_report->district.isEmpty() ? QString() : u'-' + QString(m_report->district).remove(u'.');
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"IPK-"_qs + m_report->period.key() + suffix + u'.' + format);
    const QString filter = format == u"pdf"    ? tr("PDF report (*.pdf)")
                           : format == u"xlsx" ? tr("Excel workbook (*.xlsx)")
                                               : tr("CSV, UTF-8 (*.csv)");
    QString path = FileDialogs::instance().saveFileName(this, tr("Export the IPK tables"), suggested, filter);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool saved = false;
    try {
        const IpkReport report = *m_report;
        const QString lang = language();
        const IpkDocumentInfo info = IpkDocumentInfo::describe(m_session, *m_regions, report, lang);
        IpkExport::save(m_session, report, format, path, [&](const QString &temp) {
            if (format == u"xlsx") {
                IpkXlsx::writeFile(report, info, temp);
            } else if (format == u"pdf") {
                const IpkCalculator calculator(*m_snapshot, m_rules);
                const QList<IpkChartData> charts{
                    IpkCharts::monthlyTrend(calculator, *m_forms, report.period, m_districtIndex),
                    IpkCharts::seekersByEducation(report, *m_forms, lang),
                    IpkCharts::placementsByKind(report)};
                IpkPdf::writeFile(report, info, charts, temp);
            } else {
                QFile file(temp);
                const QByteArray bytes = IpkExport::csvFile(report, lang);
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
                    throw Error(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull
                                                                           : ErrorCode::Io,
                                temp + u": "_qs + file.errorString());
            }
        });
        saved = true;
        m_ui->statusLabel->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        MessageBoxes::instance().critical(this, tr("Export failed"), e.userMessage());
        return false;
    }
    QApplication::restoreOverrideCursor();
    return saved;
}

void IpkPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Each time the page comes into view: records may have been edited or imported meanwhile. The
    // snapshot is re-read only then (ReportSource); otherwise this is a few milliseconds on the worker.
    if (!event->spontaneous())
        recompute();
}

void IpkPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showReport();
    }
    QWidget::changeEvent(event);
}

void IpkPage::retranslate()
{
    setWindowTitle(tr("IPK reports"));
    const QSignalBlocker block(m_ui->periodKind);
    const int kind = std::max(0, m_ui->periodKind->currentIndex());
    m_ui->periodKind->clear();
    m_ui->periodKind->addItems({tr("Month"), tr("Semester"), tr("Year")});
    m_ui->periodKind->setCurrentIndex(kind);
    fillPeriodParts();
    const QSignalBlocker blockKecamatan(m_ui->kecamatanCombo);
    if (m_ui->kecamatanCombo->count() > 0)
        m_ui->kecamatanCombo->setItemText(0, tr("Whole regency"));
}

} // namespace sinergi
