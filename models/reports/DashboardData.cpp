#include "DashboardData.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace sinergi {

namespace {

using Snap = LabourSnapshot;
using Chart = DashboardFigures::Chart;
using Exit = IpkCalculator::Exit;

std::int32_t jdn(const QDate &d)
{
    return std::int32_t(d.toJulianDay());
}

// The first form of the set that counts `subject` by `by`; without one the chart has a single row.
IpkForm formFor(const IpkFormSet &forms, IpkSubject subject, IpkDimension by)
{
    for (const IpkForm &f : forms.forms())
        if (f.subject == subject && f.by == by)
            return f;
    IpkForm total;
    total.subject = subject;
    total.by = IpkDimension::Total;
    return total;
}

LocalizedText both(const QString &translated, const QString &english)
{
    return LocalizedText{translated, english};
}

// Counts every bucket.
struct CountSink
{
    std::array<std::vector<qint64>, DashboardFigures::kCharts> cells;
    std::array<int, DashboardFigures::kCharts> categories{};
    qint64 available = 0;

    static constexpr bool wants(Chart) { return true; }
    void add(Chart c, int series, int category, qint64 /*id*/, qint64 n)
    {
        const auto i = std::size_t(c);
        cells[i][std::size_t(series * categories[i] + category)] += n;
    }
    void addAvailable() { ++available; }
};

// Collects the ids of one bucket.
struct IdSink
{
    DashboardFigures::Bucket bucket;
    QList<qint64> ids;

    bool wants(Chart c) const { return c == bucket.chart; }
    void add(Chart c, int series, int category, qint64 id, qint64 n)
    {
        if (n != 0 && c == bucket.chart && series == bucket.series && category == bucket.category)
            ids << id;
    }
    void addAvailable() {}
};

} // namespace

qint64 DashboardBreakdown::value(int series, int category) const
{
    return values.value(series).value(category);
}

qint64 DashboardBreakdown::categoryTotal(int category) const
{
    qint64 sum = 0;
    for (const QList<qint64> &s : values)
        sum += s.value(category);
    return sum;
}

qint64 DashboardBreakdown::total() const
{
    qint64 sum = 0;
    for (const QList<qint64> &s : values)
        sum = std::accumulate(s.begin(), s.end(), sum);
    return sum;
}

std::optional<double> DashboardFigures::placementRate() const
{
    if (availableInMonth <= 0)
        return std::nullopt;
    return double(headline(PlacedInMonth)) / double(availableInMonth);
}

struct DashboardData::Window
{
    ReportPeriod month = ReportPeriod::month(2000, 1);
    int district = -1;
    std::int32_t first = 0;
    std::int32_t last = 0;
    std::int32_t endYmd = 0;
    std::array<std::int32_t, 13> monthStarts{}; // the trend's 12 months and the day after the last
};

DashboardData::DashboardData(const IpkCalculator &calc, const IpkFormSet &forms)
    : m_calc(calc), m_snapshot(calc.snapshot()),
      m_educationForm(formFor(forms, IpkSubject::JobSeekers, IpkDimension::Education)),
      m_ageForm(formFor(forms, IpkSubject::JobSeekers, IpkDimension::Age)),
      m_kbliForm(formFor(forms, IpkSubject::Vacancies, IpkDimension::Kbli)), m_education(m_educationForm),
      m_age(m_ageForm), m_kbli(m_kbliForm)
{
}

DashboardData::Window DashboardData::windowOf(const ReportPeriod &month, int district) const
{
    Window w;
    // Whatever period is given, the dashboard shows the month it ends with.
    w.month = ReportPeriod::month(month.last().year(), month.last().month());
    w.district = district >= 0 && district < m_snapshot.districts().size() ? district : -1;
    w.first = jdn(w.month.first());
    w.last = jdn(w.month.last());
    w.endYmd = Snap::ymd(w.last);
    const QDate start = w.month.first().addMonths(-11);
    for (int i = 0; i <= 12; ++i)
        w.monthStarts[std::size_t(i)] = jdn(start.addMonths(i));
    return w;
}

QString DashboardData::datasetOf(const Bucket &bucket)
{
    switch (bucket.chart) {
    case Chart::Headline:
        return bucket.category == DashboardFigures::OpenVacancyPlaces ? u"lowongan"_qs : u"pencari_kerja"_qs;
    case Chart::Trend:
    case Chart::EducationBySex:
    case Chart::AgeGroup:
    case Chart::Kecamatan:
        return u"pencari_kerja"_qs;
    case Chart::VacancyKbli:
        return u"lowongan"_qs;
    case Chart::PlacementKind:
        return u"penempatan"_qs;
    case Chart::Training:
        return u"pelatihan_peserta"_qs;
    }
    return {};
}

template <typename Sink> void DashboardData::scan(const Window &w, Sink &sink) const
{
    const auto trendIndex = [&w](std::int32_t day) {
        if (day < w.monthStarts.front() || day >= w.monthStarts.back())
            return -1;
        return int(std::upper_bound(w.monthStarts.begin(), w.monthStarts.end(), day) -
                   w.monthStarts.begin()) -
               1;
    };
    const bool atRegistration = m_calc.rules().ageReference == ReportRules::AgeReference::Registration;
    const int noDistrict = int(m_snapshot.districts().size()); // the kecamatan chart's last category

    // Job seekers: the flows and the closing stock exactly as IpkCalculator counts them (III/1).
    if (sink.wants(Chart::Headline) || sink.wants(Chart::Trend) || sink.wants(Chart::EducationBySex) ||
        sink.wants(Chart::AgeGroup) || sink.wants(Chart::Kecamatan)) {
        const auto &seekers = m_snapshot.seekers();
        for (std::size_t i = 0; i < seekers.size(); ++i) {
            const Snap::Seeker &s = seekers[i];
            if ((w.district >= 0 && s.district != w.district) || !m_calc.countsSeeker(i))
                continue;
            const Exit exit = m_calc.seekerExit(i);
            const std::int32_t exitDay = m_calc.seekerExitDay(i);
            const bool exits = exit != Exit::None;
            if (s.registered < w.first && !(exits && exitDay < w.first))
                sink.addAvailable(); // opening stock
            if (s.registered >= w.first && s.registered <= w.last) {
                sink.addAvailable();
                sink.add(Chart::Headline, 0, DashboardFigures::RegisteredInMonth, s.id, 1);
            }
            if (exit == Exit::Placed && exitDay >= w.first && exitDay <= w.last)
                sink.add(Chart::Headline, 0, DashboardFigures::PlacedInMonth, s.id, 1);
            if (s.registered <= w.last && !(exits && exitDay <= w.last)) { // closing stock, counted directly
                sink.add(Chart::Headline, 0, DashboardFigures::ActiveSeekers, s.id, 1);
                sink.add(Chart::EducationBySex, s.sex, m_education.education(s.education), s.id, 1);
                const std::int32_t ageRef = atRegistration ? Snap::ymd(s.registered) : w.endYmd;
                sink.add(Chart::AgeGroup, s.sex, m_age.age(ageRef, s.birthYmd), s.id, 1);
                sink.add(Chart::Kecamatan, 0, s.district >= 0 ? s.district : noDistrict, s.id, 1);
            }
            if (const int t = trendIndex(s.registered); t >= 0)
                sink.add(Chart::Trend, DashboardFigures::TrendRegistered, t, s.id, 1);
            if (exit == Exit::Placed || exit == Exit::Removed)
                if (const int t = trendIndex(exitDay); t >= 0)
                    sink.add(Chart::Trend,
                             exit == Exit::Placed ? DashboardFigures::TrendPlaced
                                                  : DashboardFigures::TrendRemoved,
                             t, s.id, 1);
        }
    }

    // Vacancies: places still open at the end of the month (the III/1 vacancy closing stock).
    if (sink.wants(Chart::Headline) || sink.wants(Chart::VacancyKbli)) {
        const auto &vacancies = m_snapshot.vacancies();
        for (std::size_t v = 0; v < vacancies.size(); ++v) {
            const Snap::Vacancy &vac = vacancies[v];
            if ((w.district >= 0 && vac.district != w.district) || !m_calc.countsVacancy(v))
                continue;
            const auto open = m_calc.openPlaces(v, w.last);
            const qint64 places = qint64(open[0]) + open[1] + open[2];
            sink.add(Chart::Headline, 0, DashboardFigures::OpenVacancyPlaces, vac.id, places);
            sink.add(Chart::VacancyKbli, 0, m_kbli.kbli(vac.kbliVersion, vac.kbliSection), vac.id, places);
        }
    }

    // Placements in the month by type, counted as in III/7 (the placed job seeker's kecamatan and sex).
    if (sink.wants(Chart::PlacementKind)) {
        const auto &seekers = m_snapshot.seekers();
        for (const Snap::Placement &p : m_snapshot.placements()) {
            if (p.day == Snap::kNoDay || p.day < w.first || p.day > w.last || p.seeker < 0)
                continue;
            const Snap::Seeker &s = seekers[std::size_t(p.seeker)];
            if ((w.district >= 0 && s.district != w.district) || s.sex > Snap::Female || p.kind > Snap::Akan)
                continue;
            sink.add(Chart::PlacementKind, 0, p.kind, p.id, 1);
        }
    }

    // Training: participants of programmes running in the month; completions of those that ended in it.
    if (sink.wants(Chart::Training)) {
        for (const Snap::Trainee &t : m_snapshot.trainees()) {
            if ((w.district >= 0 && t.district != w.district) || t.programStart == Snap::kNoDay ||
                t.programEnd == Snap::kNoDay)
                continue;
            const int sex = t.sex <= Snap::Female ? t.sex : 2;
            if (t.programStart <= w.last && t.programEnd >= w.first)
                sink.add(Chart::Training, DashboardFigures::TrainingParticipants, sex, t.id, 1);
            if (t.outcome == Snap::TrainingOutcome::Passed && t.programEnd >= w.first &&
                t.programEnd <= w.last)
                sink.add(Chart::Training, DashboardFigures::TrainingCompleted, sex, t.id, 1);
        }
    }
}

DashboardFigures DashboardData::emptyFigures(const Window &w) const
{
    DashboardFigures f;
    f.month = w.month;
    f.district = w.district;
    const auto setUp = [&f](Chart c, QList<LocalizedText> series, QList<LocalizedText> categories) {
        DashboardBreakdown &b = f.charts[std::size_t(c)];
        b.dataset = datasetOf({c, 0, 0});
        b.series = std::move(series);
        b.categories = std::move(categories);
        b.values = QList<QList<qint64>>(b.series.size(), QList<qint64>(b.categories.size(), 0));
    };
    const auto rowsOf = [](const IpkForm &form) {
        QList<LocalizedText> rows;
        for (const IpkRowGroup &r : form.rows)
            rows << r.label;
        rows << both(tr("other / unknown"), u"other / unknown"_qs);
        return rows;
    };
    const QList<LocalizedText> sexes{both(tr("Men"), u"Men"_qs), both(tr("Women"), u"Women"_qs)};

    setUp(Chart::Headline, {both(tr("Figures"), u"Figures"_qs)},
          {both(tr("Active job seekers"), u"Active job seekers"_qs),
           both(tr("Registered this month"), u"Registered this month"_qs),
           both(tr("Placed this month"), u"Placed this month"_qs),
           both(tr("Open vacancy places"), u"Open vacancy places"_qs)});
    f.charts[std::size_t(Chart::Headline)].dataset.clear(); // differs per tile: datasetOf()

    QList<LocalizedText> months;
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia), english(QLocale::English);
    for (int i = 0; i < 12; ++i) {
        const QDate d = QDate::fromJulianDay(w.monthStarts[std::size_t(i)]);
        f.trendMonths << d;
        months << both(indonesian.toString(d, u"MMM yy"_qs), english.toString(d, u"MMM yy"_qs));
    }
    setUp(Chart::Trend,
          {both(tr("Registered"), u"Registered"_qs), both(tr("Placed"), u"Placed"_qs),
           both(tr("Removed"), u"Removed"_qs)},
          months);
    setUp(Chart::EducationBySex, sexes, rowsOf(m_educationForm));
    setUp(Chart::AgeGroup, sexes, rowsOf(m_ageForm));

    QList<LocalizedText> districts;
    QList<QByteArray> codes;
    for (const QByteArray &code : m_snapshot.districts()) {
        districts << both(QString::fromUtf8(code), QString::fromUtf8(code));
        codes << code;
    }
    districts << both(tr("no kecamatan"), u"no kecamatan"_qs);
    codes << QByteArray();
    setUp(Chart::Kecamatan, {both(tr("Active job seekers"), u"Active job seekers"_qs)}, districts);
    f.charts[std::size_t(Chart::Kecamatan)].categoryCodes = codes;

    setUp(Chart::VacancyKbli, {both(tr("Open places"), u"Open places"_qs)}, rowsOf(m_kbliForm));
    DashboardBreakdown &kbli = f.charts[std::size_t(Chart::VacancyKbli)];
    kbli.countsPlaces = true;
    for (const IpkRowGroup &r : m_kbliForm.rows)
        kbli.categoryCodes << r.code.toUtf8();
    kbli.categoryCodes << QByteArray();

    setUp(Chart::PlacementKind, {both(tr("Placements"), u"Placements"_qs)},
          {both(u"AKL"_qs, u"AKL"_qs), both(u"AKAD"_qs, u"AKAD"_qs), both(u"AKAN"_qs, u"AKAN"_qs)});
    setUp(Chart::Training,
          {both(tr("Participants"), u"Participants"_qs), both(tr("Completed"), u"Completed"_qs)},
          {sexes.at(0), sexes.at(1), both(tr("sex unknown"), u"sex unknown"_qs)});
    return f;
}

DashboardFigures DashboardData::compute(const ReportPeriod &month, int district) const
{
    const Window w = windowOf(month, district);
    DashboardFigures f = emptyFigures(w);
    CountSink sink;
    for (int c = 0; c < DashboardFigures::kCharts; ++c) {
        const DashboardBreakdown &b = f.charts[std::size_t(c)];
        sink.categories[std::size_t(c)] = int(b.categories.size());
        sink.cells[std::size_t(c)].assign(std::size_t(b.series.size() * b.categories.size()), 0);
    }
    scan(w, sink);
    for (int c = 0; c < DashboardFigures::kCharts; ++c) {
        DashboardBreakdown &b = f.charts[std::size_t(c)];
        const auto &cells = sink.cells[std::size_t(c)];
        const auto categories = b.categories.size();
        for (qsizetype s = 0; s < b.series.size(); ++s)
            b.values[s] = QList<qint64>(cells.begin() + s * categories, cells.begin() + (s + 1) * categories);
    }
    f.availableInMonth = sink.available;
    return f;
}

DashboardData::Records DashboardData::recordsOf(const ReportPeriod &month, int district,
                                                const Bucket &bucket) const
{
    IdSink sink{bucket, {}};
    scan(windowOf(month, district), sink);
    return {datasetOf(bucket), sink.ids};
}

} // namespace sinergi
