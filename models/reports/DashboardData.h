#pragma once

#include "IpkCalculator.h"
#include "IpkFormSet.h"
#include "IpkRowMap.h"
#include "ReportPeriod.h"
#include "datasets/LocalizedText.h"
#include "quality/QualitySummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace sinergi {

// One chart of the dashboard: values[series][category]. Categories and series are labelled in both UI
// languages; the kecamatan chart also gives each category's code for the region catalogue.
struct DashboardBreakdown
{
    QString dataset;           // the records the bars count
    bool countsPlaces = false; // vacancy places, not records (a vacancy offers several)
    QList<LocalizedText> series;
    QList<LocalizedText> categories;
    QList<QByteArray> categoryCodes; // kecamatan chart only: the code ("" = no kecamatan)
    QList<QList<qint64>> values;

    qint64 value(int series, int category) const;
    qint64 categoryTotal(int category) const; // over the series
    qint64 total() const;
};

// Every figure of the dashboard for one month and kecamatan (issue 5). docs/reports.md says what each
// number counts; all of them are the IPK tables' numbers (DashboardData reuses IpkCalculator's derivations).
struct DashboardFigures
{
    enum class Chart : std::uint8_t {
        Headline,       // categories: Headline
        Trend,          // series: TrendSeries; categories: the 12 months ending with the period
        EducationBySex, // active job seekers at the end; series: sex; categories: rows of the education form
        AgeGroup,       // active job seekers at the end; series: sex; categories: rows of the age form
        Kecamatan,      // active job seekers at the end; one series; categories: kecamatan
        VacancyKbli,    // open vacancy places at the end; one series; categories: rows of the KBLI form
        PlacementKind,  // placements in the month; one series; categories: AKL, AKAD, AKAN
        Training        // series: TrainingSeries; categories: sex (men, women, unknown)
    };
    static constexpr int kCharts = 8;
    enum Headline { ActiveSeekers, RegisteredInMonth, PlacedInMonth, OpenVacancyPlaces, kHeadlines };
    enum TrendSeries { TrendRegistered, TrendPlaced, TrendRemoved };
    enum TrainingSeries { TrainingParticipants, TrainingCompleted };

    // A bar, slice or tile: what recordsOf() resolves to record ids.
    struct Bucket
    {
        Chart chart = Chart::Headline;
        int series = 0;
        int category = 0;
        bool operator==(const Bucket &) const = default;
    };

    ReportPeriod month = ReportPeriod::month(2000, 1);
    int district = -1;        // index into the snapshot's districts(), -1 = the whole regency
    QList<QDate> trendMonths; // first day of each trend month, oldest first
    // IPK column A of the month (opening stock + registered): the placement rate's denominator.
    qint64 availableInMonth = 0;
    std::array<DashboardBreakdown, kCharts> charts;
    // Data quality of pencari_kerja (the whole store, not the period): filled in by whoever has a database
    // connection (the dashboard page's worker), empty when not computed.
    std::optional<QualitySummary> quality;

    const DashboardBreakdown &chart(Chart c) const { return charts[std::size_t(c)]; }
    qint64 headline(Headline h) const { return chart(Chart::Headline).value(0, h); }
    // Placed in the month / job seekers available in it (IPK: placed ÷ A); empty when nobody was available.
    std::optional<double> placementRate() const;
};

// Computes DashboardFigures from a LabourSnapshot in one pass over each array, and resolves any bucket to
// the exact records it counts (the click-through to the record grid). The counting and the id lookup run
// the same code (one scan, two sinks), so a bar's value is always the number of records it opens.
class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::DashboardData)
public:
    using Chart = DashboardFigures::Chart;
    using Bucket = DashboardFigures::Bucket;

    struct Records
    {
        QString dataset;
        QList<qint64> ids;
    };

    // Keeps references: calc (and its snapshot) must outlive this. The chart rows (education, age group,
    // KBLI section) are those of the first job-seeker education form, job-seeker age form and vacancy KBLI
    // form of `forms`, so the bars match the IPK rows.
    DashboardData(const IpkCalculator &calc, const IpkFormSet &forms);

    // month: a month period (the trend is the 12 months ending with it). district: an index into the
    // snapshot's districts(), -1 = the whole regency.
    DashboardFigures compute(const ReportPeriod &month, int district = -1) const;
    // The records a bucket of compute(month, district) counts, in id order.
    Records recordsOf(const ReportPeriod &month, int district, const Bucket &bucket) const;
    static QString datasetOf(const Bucket &bucket);

private:
    struct Window;
    template <typename Sink> void scan(const Window &w, Sink &sink) const;
    Window windowOf(const ReportPeriod &month, int district) const;
    DashboardFigures emptyFigures(const Window &w) const;

    const IpkCalculator &m_calc;
    const LabourSnapshot &m_snapshot;
    IpkForm m_educationForm;
    IpkForm m_ageForm;
    IpkForm m_kbliForm;
    IpkRowMap m_education;
    IpkRowMap m_age;
    IpkRowMap m_kbli;
};

} // namespace sinergi
