#include "DashboardPage.h"

#include "DashboardChartView.h"
#include "DashboardTile.h"
#include "common/Error.h"
#include "common/Translations.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/RegionCatalog.h"
#include "datasets/TemplateRegistry.h"
#include "reference/RegionEditions.h"
#include "reports/IpkCalculator.h"
#include "reports/ReportRules.h"
#include "reports/ReportSource.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Vault.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sinergi {

using Chart = DashboardFigures::Chart;

// Loaded once per page, on the worker (the region list is thousands of rows).
struct DashboardPage::Resources
{
    CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    IpkFormSet forms = IpkFormSet::loadDefault(codes);
    RegionCatalog regions = RegionCatalog::loadEmbedded();
    TemplateRegistry templates = TemplateRegistry::loadEmbedded();

    explicit Resources(const QList<RegionCatalog::Source> &regionEditions)
    {
        RegionEditions::addAll(regions, regionEditions); // editions an administrator loaded
    }
};

// What one snapshot and rule set give: the derivations (seconds at 10^6 records for the snapshot, tens of
// milliseconds for the calculator) are kept while the filters change.
struct DashboardPage::Engine
{
    std::shared_ptr<const LabourSnapshot> snapshot;
    ReportRules rules;
    std::unique_ptr<IpkCalculator> calc;
    std::unique_ptr<DashboardData> data;
    QStringList districtNames; // per snapshot district
    QDate latestMonth;         // the latest month with a registration or placement (not after today)
};

struct DashboardPage::Result
{
    quint64 generation = 0;
    std::shared_ptr<Resources> resources;
    std::shared_ptr<const Engine> engine;
    std::optional<DashboardFigures> figures;
    QString error;
    double computeMs = 0;
};

namespace {

const QColor kMen(0x2b, 0x6c, 0xb0);
const QColor kWomen(0xd5, 0x3f, 0x8c);
const QColor kGreen(0x2f, 0x85, 0x5a);
const QColor kOrange(0xc0, 0x56, 0x21);
const QColor kTeal(0x31, 0x97, 0x95);
const QColor kPurple(0x80, 0x5a, 0xd5);
const QColor kGold(0xd6, 0x9e, 0x2e);
const QColor kBrand(0x0b, 0x4f, 0x6c);

QDate latestMonthOf(const LabourSnapshot &s)
{
    std::int32_t latest = LabourSnapshot::kNoDay;
    for (const auto &r : s.seekers())
        latest = std::max(latest, r.registered);
    for (const auto &p : s.placements())
        latest = std::max(latest, p.day);
    const QDate today = QDate::currentDate();
    QDate d = latest == LabourSnapshot::kNoDay ? today : QDate::fromJulianDay(latest);
    if (d > today)
        d = today;
    return QDate(d.year(), d.month(), 1);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + u" %"_qs;
}

} // namespace

DashboardPage::DashboardPage(Session &session, std::shared_ptr<ReportSource> source, QWidget *parent)
    : QWidget(parent), m_session(session), m_source(std::move(source)),
      m_watcher(new QFutureWatcher<Result>(this)),
      m_qualityWatcher(new QFutureWatcher<std::optional<QualitySummary>>(this)), m_busyDelay(new QTimer(this))
{
    try {
        m_regionEditions = RegionEditions::stored(session.db());
    } catch (const Error &) {
        // An unreadable stored edition: the names of the shipped list, as before any was loaded.
    }
    buildUi();
    retranslate();
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &DashboardPage::onFinished);
    connect(m_qualityWatcher, &QFutureWatcher<std::optional<QualitySummary>>::finished, this,
            &DashboardPage::onQualityFinished);
    // The busy indicator only when the work takes noticeably long (reading the records), not on every
    // filter change.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_busy->show();
        m_status->setText(m_engine ? tr("Computing…") : tr("Reading the records…"));
    });
}

DashboardPage::~DashboardPage()
{
    shutDown();
}

void DashboardPage::shutDown()
{
    // The worker reads the source and the session: it must be done before they go.
    m_shutDown = true;
    m_watcher->disconnect(this);
    m_qualityWatcher->disconnect(this);
    m_watcher->waitForFinished();
    m_qualityWatcher->waitForFinished();
}

void DashboardPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 16, 20, 12);
    outer->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setStyleSheet(u"font-size: 16pt; font-weight: bold; color: #0b4f6c;"_qs);
    outer->addWidget(m_title);

    auto *filters = new QHBoxLayout;
    m_monthLabel = new QLabel(this);
    m_monthEdit = new QDateEdit(this);
    m_monthEdit->setObjectName(u"monthEdit"_qs);
    m_monthEdit->setDisplayFormat(u"MMMM yyyy"_qs);
    m_monthEdit->setCalendarPopup(true);
    m_monthEdit->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_monthEdit->setDate(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    m_monthEdit->setMinimumWidth(160);
    m_monthLabel->setBuddy(m_monthEdit);
    m_kecamatanLabel = new QLabel(this);
    m_kecamatanCombo = new QComboBox(this);
    m_kecamatanCombo->setObjectName(u"kecamatanCombo"_qs);
    m_kecamatanCombo->setMinimumWidth(220);
    m_kecamatanCombo->addItem(QString(), QByteArray());
    m_kecamatanLabel->setBuddy(m_kecamatanCombo);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_qs);
    m_status->setStyleSheet(u"color: #4a5568;"_qs);
    filters->addWidget(m_monthLabel);
    filters->addWidget(m_monthEdit);
    filters->addSpacing(16);
    filters->addWidget(m_kecamatanLabel);
    filters->addWidget(m_kecamatanCombo);
    filters->addStretch();
    filters->addWidget(m_busy);
    filters->addWidget(m_status);
    outer->addLayout(filters);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    const QList<QColor> accents{kBrand, kMen, kGreen, kPurple, kGold, QColor(0x71, 0x80, 0x96)};
    for (int i = 0; i < accents.size(); ++i) {
        auto *tile = new DashboardTile(accents.at(i).name(), this);
        tile->setObjectName(u"tile%1"_qs.arg(i));
        if (i < DashboardFigures::kHeadlines) {
            tile->setClickable(true);
            connect(tile, &DashboardTile::clicked, this, [this, i] { openBucket({Chart::Headline, 0, i}); });
        }
        tiles->addWidget(tile, 1);
        m_tiles << tile;
    }
    outer->addLayout(tiles);

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *grid = new QWidget(scroll);
    auto *gl = new QGridLayout(grid);
    gl->setContentsMargins(0, 0, 0, 0);
    gl->setSpacing(8);
    const auto add = [&](Chart c, DashboardChartView::Style style, QList<QColor> colors, int row, int column,
                         int span = 1) {
        auto *view = new DashboardChartView(c, style, grid);
        view->setObjectName(u"chart%1"_qs.arg(int(c)));
        view->setSeriesColors(colors);
        connect(view, &DashboardChartView::bucketClicked, this, &DashboardPage::openBucket);
        gl->addWidget(view, row, column, 1, span);
        m_charts[c] = view;
        return view;
    };
    add(Chart::Trend, DashboardChartView::Style::Lines, {kMen, kGreen, kOrange}, 0, 0, 2);
    add(Chart::PlacementKind, DashboardChartView::Style::Pie, {kMen, kGreen, kGold}, 0, 2);
    add(Chart::EducationBySex, DashboardChartView::Style::HorizontalBars, {kMen, kWomen}, 1, 0)
        ->setHideEmptyCategories(true);
    add(Chart::AgeGroup, DashboardChartView::Style::Bars, {kMen, kWomen}, 1, 1);
    add(Chart::Kecamatan, DashboardChartView::Style::HorizontalBars, {kBrand}, 1, 2)
        ->setHideEmptyCategories(true);
    add(Chart::VacancyKbli, DashboardChartView::Style::HorizontalBars, {kPurple}, 2, 0, 2)
        ->setHideEmptyCategories(true);
    add(Chart::Training, DashboardChartView::Style::Bars, {kTeal, kGreen}, 2, 2);
    for (int c = 0; c < 3; ++c)
        gl->setColumnStretch(c, 1);
    scroll->setWidget(grid);
    outer->addWidget(scroll, 1);

    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this] {
        m_userChoseMonth = true;
        refresh();
    });
    connect(m_kecamatanCombo, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

void DashboardPage::retranslate()
{
    setWindowTitle(tr("Dashboard"));
    m_title->setText(tr("Labour market dashboard"));
    m_monthLabel->setText(tr("&Month:"));
    m_kecamatanLabel->setText(tr("&Kecamatan:"));
    m_kecamatanCombo->setItemText(0, tr("Whole regency"));
    m_monthEdit->setLocale(QLocale());
    if (m_figures) {
        updateTiles();
        updateCharts();
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Chart labels are translated when the figures are computed: compute them again in the new language.
        if (m_started)
            refresh();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Each visit shows the records as they are now: after writes the source reads them again, otherwise
    // this is a few milliseconds.
    refresh();
}

void DashboardPage::setMonth(const QDate &month)
{
    if (!month.isValid()) {
        m_userChoseMonth = false;
        refresh();
        return;
    }
    const QDate first(month.year(), month.month(), 1);
    if (m_monthEdit->date() == first) {
        m_userChoseMonth = true;
        refresh();
    } else {
        m_monthEdit->setDate(first); // refreshes
    }
}

QDate DashboardPage::month() const
{
    const QDate d = m_monthEdit->date();
    return QDate(d.year(), d.month(), 1);
}

void DashboardPage::setKecamatan(const QByteArray &code)
{
    const int index = m_kecamatanCombo->findData(code);
    if (index < 0)
        return;
    if (index == m_kecamatanCombo->currentIndex())
        refresh();
    else
        m_kecamatanCombo->setCurrentIndex(index); // refreshes
}

QByteArray DashboardPage::kecamatan() const
{
    return m_kecamatanCombo->currentData().toByteArray();
}

bool DashboardPage::isBusy() const
{
    return m_watcher->isRunning() || m_pending;
}

DashboardTile *DashboardPage::tile(int headline) const
{
    return m_tiles.value(headline);
}

DashboardChartView *DashboardPage::chartView(Chart chart) const
{
    const auto it = m_charts.find(chart);
    return it == m_charts.end() ? nullptr : it->second;
}

QString DashboardPage::statusText() const
{
    return m_status->text();
}

void DashboardPage::refresh()
{
    ++m_generation;
    m_updateClock.start();
    if (m_watcher->isRunning()) {
        m_pending = true; // the running result will be stale: start again when it is in
        return;
    }
    start();
}

void DashboardPage::start()
{
    if (m_shutDown)
        return;
    m_pending = false;
    m_started = true;
    ReportRules rules;
    try {
        rules = ReportRules::fromSettings(m_session);
    } catch (const Error &) {
        // Unreadable settings: the defaults, as the IPK page and the CLI do.
    }
    const Request request{m_userChoseMonth ? month() : QDate(), kecamatan()};
    m_busyDelay->start();
    m_watcher->setFuture(QtConcurrent::run(&DashboardPage::run, m_source, m_resources, m_regionEditions,
                                           m_engine, rules, request, m_generation));
}

std::optional<QualitySummary> DashboardPage::computeQuality(Session *session,
                                                            std::shared_ptr<Resources> resources)
{
    const DatasetTemplate *tpl = resources ? resources->templates.find(u"pencari_kerja"_qs) : nullptr;
    if (!tpl)
        return std::nullopt;
    try {
        Database db = session->vault().openWorkerConnection();
        return QualitySummary::compute(db, *tpl);
    } catch (const Error &) {
        return std::nullopt; // e.g. no job seeker table yet: the tile says so, the charts still show
    }
}

void DashboardPage::startQuality()
{
    // A table scan (about a second at 10^6 job seekers): after the charts, once per snapshot.
    if (m_shutDown || !m_shownEngine || m_qualityWatcher->isRunning() ||
        m_qualityFor == m_shownEngine->snapshot)
        return;
    m_qualityFor = m_shownEngine->snapshot;
    m_qualityWatcher->setFuture(QtConcurrent::run(&DashboardPage::computeQuality, &m_session, m_resources));
}

void DashboardPage::onQualityFinished()
{
    m_quality = m_qualityWatcher->result();
    if (m_figures) {
        m_figures->quality = m_quality;
        updateTiles();
    }
    startQuality(); // the snapshot may have changed meanwhile
}

DashboardPage::Result DashboardPage::run(std::shared_ptr<ReportSource> source,
                                         std::shared_ptr<Resources> resources,
                                         QList<RegionCatalog::Source> regionEditions,
                                         std::shared_ptr<const Engine> previous, ReportRules rules,
                                         Request request, quint64 generation)
{
    Result r;
    r.generation = generation;
    try {
        if (!resources)
            resources = std::make_shared<Resources>(regionEditions);
        r.resources = resources;
        const std::shared_ptr<const LabourSnapshot> snapshot = source->current();
        std::shared_ptr<const Engine> engine = previous;
        if (!engine || engine->snapshot != snapshot || !(engine->rules == rules)) {
            auto e = std::make_shared<Engine>();
            e->snapshot = snapshot;
            e->rules = rules;
            e->calc = std::make_unique<IpkCalculator>(*snapshot, rules);
            e->data = std::make_unique<DashboardData>(*e->calc, resources->forms);
            for (const QByteArray &code : snapshot->districts()) {
                const auto region = resources->regions.find(QString::fromUtf8(code));
                e->districtNames << (region ? region->name : QString::fromUtf8(code));
            }
            e->latestMonth = latestMonthOf(*snapshot);
            engine = e;
        }
        r.engine = engine;
        const QDate month = request.month.isValid() ? request.month : engine->latestMonth;
        QElapsedTimer t;
        t.start();
        const int district = request.kecamatan.isEmpty() ? -1 : snapshot->districtIndex(request.kecamatan);
        r.figures = engine->data->compute(ReportPeriod::month(month.year(), month.month()), district);
        r.computeMs = double(t.nsecsElapsed()) / 1e6;
    } catch (const Error &e) {
        r.error = e.userMessage();
    } catch (const std::exception &e) {
        r.error = QString::fromLocal8Bit(e.what());
    }
    return r;
}

void DashboardPage::onFinished()
{
    Result r = m_watcher->result();
    if (r.resources)
        m_resources = r.resources;
    const bool snapshotChanged = r.engine && (!m_engine || m_engine->snapshot != r.engine->snapshot);
    if (r.engine)
        m_engine = r.engine; // reused by the next run even when these figures are stale
    if (snapshotChanged)
        fillKecamatan();
    if (m_pending || r.generation != m_generation) {
        start(); // the filters changed while this ran: its figures are stale
        return;
    }
    m_busyDelay->stop();
    m_busy->hide();
    display(r);
}

void DashboardPage::display(const Result &r)
{
    if (!r.error.isEmpty() || !r.figures) {
        m_error = r.error;
        m_status->setText(tr("The dashboard could not be computed: %1").arg(r.error));
        return;
    }
    m_error.clear();
    m_computeMs = r.computeMs;
    if (!m_userChoseMonth) {
        const QSignalBlocker block(m_monthEdit);
        m_monthEdit->setDate(r.figures->month.first());
    }
    m_figures = r.figures;
    m_figures->quality = m_quality; // the last one computed; a new snapshot's follows
    m_shownEngine = r.engine;
    updateTiles();
    updateCharts();
    m_lastUpdateMs = double(m_updateClock.nsecsElapsed()) / 1e6;
    QString where = m_figures->month.label();
    if (m_figures->district >= 0)
        where += u", "_qs + tr("Kec. %1").arg(kecamatanName(m_figures->district));
    startQuality();
    m_status->setText(tr("%1 · computed in %2 ms")
                          .arg(where, QLocale().toString(m_computeMs, 'f', m_computeMs < 10 ? 1 : 0)));
    emit figuresShown();
}

QString DashboardPage::kecamatanName(int district) const
{
    if (!m_shownEngine || district < 0 || district >= m_shownEngine->districtNames.size())
        return tr("no kecamatan");
    return m_shownEngine->districtNames.at(district);
}

void DashboardPage::fillKecamatan()
{
    const QByteArray current = kecamatan();
    const QSignalBlocker block(m_kecamatanCombo);
    while (m_kecamatanCombo->count() > 1)
        m_kecamatanCombo->removeItem(1);
    QList<int> order;
    for (int d = 0; d < m_engine->districtNames.size(); ++d)
        order << d;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_engine->districtNames.at(a).localeAwareCompare(m_engine->districtNames.at(b)) < 0;
    });
    for (int d : std::as_const(order))
        m_kecamatanCombo->addItem(m_engine->districtNames.at(d), m_engine->snapshot->districts().at(d));
    m_kecamatanCombo->setCurrentIndex(std::max(0, m_kecamatanCombo->findData(current)));
}

void DashboardPage::updateTiles()
{
    const DashboardFigures &f = *m_figures;
    const QLocale locale;
    const QString month = f.month.label();
    const QString end = tr("at the end of %1").arg(month);
    const QString captions[] = {tr("Active job seekers"), tr("Registered this month"),
                                tr("Placed this month"), tr("Open vacancy places")};
    const QString details[] = {end, month, month, end};
    for (int h = 0; h < DashboardFigures::kHeadlines; ++h) {
        m_tiles[h]->setCaption(captions[h]);
        m_tiles[h]->setValue(locale.toString(f.headline(DashboardFigures::Headline(h))));
        m_tiles[h]->setDetail(details[h]);
        m_tiles[h]->setToolTip(tr("Click to open these records"));
    }
    DashboardTile *rate = m_tiles[kPlacementRateTile];
    rate->setCaption(tr("Placement rate"));
    rate->setValue(f.placementRate() ? percent(*f.placementRate()) : u"–"_qs);
    rate->setDetail(tr("%1 placed of %2 available")
                        .arg(locale.toString(f.headline(DashboardFigures::PlacedInMonth)),
                             locale.toString(f.availableInMonth)));
    rate->setToolTip(
        tr("Job seekers placed in the month ÷ job seekers available in it (registered before and "
           "still active at the start, plus registered in the month; IPK column A)."));
    DashboardTile *quality = m_tiles[kQualityTile];
    quality->setCaption(tr("Data quality (job seekers)"));
    if (f.quality && f.quality->records > 0) {
        const auto show = [](const std::optional<double> &v) { return v ? percent(*v) : u"–"_qs; };
        quality->setValue(show(f.quality->validity()));
        quality->setDetail(tr("valid · complete %1 · timely %2")
                               .arg(show(f.quality->completeness()), show(f.quality->timeliness())));
        quality->setToolTip(
            tr("Validity: records without validation errors. Completeness: required fields "
               "filled. Timeliness: cards without an overdue report. Whole store, all periods."));
    } else {
        quality->setValue(u"–"_qs);
        quality->setDetail(tr("no job seekers yet"));
    }
}

void DashboardPage::updateCharts()
{
    const DashboardFigures &f = *m_figures;
    const auto set = [&](Chart c, const QString &title, const QStringList &labels = {}) {
        DashboardChartView *view = m_charts.at(c);
        view->setTitle(title);
        view->setBreakdown(f.chart(c), labels);
    };
    set(Chart::Trend, tr("Job seekers registered, placed and removed (12 months)"));
    set(Chart::PlacementKind, tr("Placements in %1 by type").arg(f.month.label()));
    set(Chart::EducationBySex, tr("Active job seekers by education"));
    set(Chart::AgeGroup, tr("Active job seekers by age group"));
    QStringList names;
    for (int d = 0; d < f.chart(Chart::Kecamatan).categories.size(); ++d)
        names << kecamatanName(d); // the last category: records without a kecamatan
    set(Chart::Kecamatan, tr("Active job seekers by kecamatan"), names);
    // KBLI rows read "C — Manufacturing (KBLI 2020)": long for an axis, so the name is shortened (the code
    // and version stay).
    QStringList kbli;
    const QString language = Translations::current();
    for (const LocalizedText &t : f.chart(Chart::VacancyKbli).categories) {
        QString label = t.text(language);
        const qsizetype open = label.lastIndexOf(u" ("_qs);
        QString suffix = open > 0 ? label.mid(open) : QString();
        QString name = open > 0 ? label.left(open) : label;
        if (name.size() > 34)
            name = name.left(33) + u'…';
        kbli << name + suffix.replace(u"KBLI "_qs, QString());
    }
    set(Chart::VacancyKbli, tr("Open vacancy places by KBLI section"), kbli);
    set(Chart::Training, tr("Training in %1").arg(f.month.label()));
}

QString DashboardPage::describe(const DashboardFigures::Bucket &bucket) const
{
    const DashboardFigures &f = *m_figures;
    const QString language = Translations::current();
    const DashboardBreakdown &b = f.chart(bucket.chart);
    QStringList parts;
    if (bucket.chart == Chart::Headline) {
        parts << m_tiles.value(bucket.category)->caption();
    } else {
        const DashboardChartView *view = chartView(bucket.chart);
        parts << (view ? view->title() : QString());
        QString what = bucket.chart == Chart::Kecamatan ? kecamatanName(bucket.category)
                                                        : b.categories.value(bucket.category).text(language);
        if (b.series.size() > 1)
            what = b.series.value(bucket.series).text(language) + u", "_qs + what;
        parts << what;
    }
    if (bucket.chart != Chart::Trend)
        parts << f.month.label();
    if (f.district >= 0)
        parts << tr("Kec. %1").arg(kecamatanName(f.district));
    return parts.join(u" — "_qs);
}

void DashboardPage::openBucket(const DashboardFigures::Bucket &bucket)
{
    if (!m_figures || !m_shownEngine)
        return;
    // One pass over the snapshot the figures came from: milliseconds, so on this thread.
    const DashboardData::Records records =
        m_shownEngine->data->recordsOf(m_figures->month, m_figures->district, bucket);
    emit recordsRequested(records.dataset, records.ids, describe(bucket));
}

} // namespace sinergi
