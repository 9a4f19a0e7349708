#pragma once

#include "datasets/RegionCatalog.h"
#include "reports/DashboardData.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTimer;

namespace sinergi {

class DashboardChartView;
class DashboardTile;
class ReportSource;
class Session;

// The dashboard (ViewDashboards, issue 5): headline tiles, the 12-month trend and the breakdowns of one
// month, for the whole regency or one kecamatan, computed by DashboardData from the ReportSource's
// snapshot on a worker thread (the window never waits; a result for a filter that changed meanwhile is
// dropped). A click on a tile, bar, point or slice asks for exactly the records it counts
// (recordsRequested); MainWindow shows them in the record grid.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    // The page waits for its worker when destroyed; the source is shared with the other report pages.
    DashboardPage(Session &session, std::shared_ptr<ReportSource> source, QWidget *parent = nullptr);
    ~DashboardPage() override;
    // Waits for the workers and starts no new ones: they read the store through the session, so this must
    // happen before the session ends (MainWindow::shutDownBackgroundWork).
    void shutDown();

    // Filters (as the user would set them). An invalid month = the latest month with records.
    void setMonth(const QDate &month);
    QDate month() const;
    // A kecamatan code as stored in the records ("33.73.02"); empty = the whole regency.
    void setKecamatan(const QByteArray &code);
    QByteArray kecamatan() const;
    // Recomputes (also after writes: the source reads the records again when they changed).
    void refresh();

    bool isBusy() const;
    // The figures on screen; nullptr before the first result.
    const DashboardFigures *figures() const { return m_figures ? &*m_figures : nullptr; }
    DashboardTile *
    tile(int headline) const; // DashboardFigures::Headline, then kPlacementRateTile, kQualityTile
    static constexpr int kPlacementRateTile = DashboardFigures::kHeadlines;
    static constexpr int kQualityTile = DashboardFigures::kHeadlines + 1;
    DashboardChartView *chartView(DashboardFigures::Chart chart) const;
    QString statusText() const;
    // Milliseconds from the last filter change (or refresh) to the charts showing its result.
    double lastUpdateMs() const { return m_lastUpdateMs; }
    // Opens the records of a bucket of the figures on screen, as a click does.
    void openBucket(const DashboardFigures::Bucket &bucket);

signals:
    void recordsRequested(const QString &dataset, const QList<qint64> &ids, const QString &caption);
    // The charts show a new result (tests, benchmarks).
    void figuresShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Resources;
    struct Engine;
    struct Request
    {
        QDate month; // invalid: the latest month with records
        QByteArray kecamatan;
    };
    struct Result;
    static Result run(std::shared_ptr<ReportSource> source, std::shared_ptr<Resources> resources,
                      QList<RegionCatalog::Source> regionEditions, std::shared_ptr<const Engine> previous,
                      ReportRules rules, Request request, quint64 generation);

    static std::optional<QualitySummary> computeQuality(Session *session,
                                                        std::shared_ptr<Resources> resources);
    void startQuality();
    void onQualityFinished();
    void buildUi();
    void start();
    void onFinished();
    void display(const Result &r);
    void fillKecamatan();
    void updateTiles();
    void updateCharts();
    void retranslate();
    QString describe(const DashboardFigures::Bucket &bucket) const;
    QString kecamatanName(int district) const;

    Session &m_session;
    std::shared_ptr<ReportSource> m_source;
    QFutureWatcher<Result> *m_watcher = nullptr;
    QFutureWatcher<std::optional<QualitySummary>> *m_qualityWatcher = nullptr;
    std::shared_ptr<const LabourSnapshot>
        m_qualityFor; // the snapshot the quality figures are (being) read for
    std::optional<QualitySummary> m_quality;
    std::shared_ptr<Resources> m_resources;
    QList<RegionCatalog::Source> m_regionEditions; // loaded into the store; read here, parsed on the worker
    std::shared_ptr<const Engine> m_engine;      // the latest, handed to the next run
    std::shared_ptr<const Engine> m_shownEngine; // the one m_figures came from (clicks, names)
    std::optional<DashboardFigures> m_figures;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_shutDown = false;
    bool m_started = false;
    bool m_userChoseMonth = false;
    QElapsedTimer m_updateClock;
    double m_lastUpdateMs = -1;
    double m_computeMs = -1;
    QString m_error;

    QLabel *m_title = nullptr;
    QLabel *m_monthLabel = nullptr;
    QDateEdit *m_monthEdit = nullptr;
    QLabel *m_kecamatanLabel = nullptr;
    QComboBox *m_kecamatanCombo = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_busyDelay = nullptr;
    QList<DashboardTile *> m_tiles;
    std::map<DashboardFigures::Chart, DashboardChartView *> m_charts;
};

} // namespace sinergi
