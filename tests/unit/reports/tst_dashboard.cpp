// Dashboard aggregates (issue 5) on the hand-built March 2025 fixture of tst_ipk.cpp, every number worked
// out by hand (the comments give the reasoning), plus training participants read from a real store.
#include "MarchFixture.h"
#include "RecordsFixture.h"
#include "records/RecordService.h"
#include "reports/DashboardData.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"

#include <QTest>

using namespace sinergi;
using sinergi::test::day;
using sinergi::test::marchFixture;
using Chart = DashboardFigures::Chart;
using Snap = LabourSnapshot;

namespace {

QList<qint64> ids(std::initializer_list<qint64> l)
{
    return QList<qint64>(l);
}

// Training participants added to the fixture (it has none). Programmes in 2025:
//  301 10 Feb – 20 Mar, woman, kecamatan 1, passed: takes part in March and completes in March
//  302  5 Mar – 15 Apr, man, kecamatan 1, passed: takes part, completes in April
//  303  5 Jan – 28 Feb, man, kecamatan 2, passed: nothing in March
//  304  1 Mar – 31 Mar, man, kecamatan 2, did not pass: takes part, no completion
//  305 programme not in the store: not counted
//  306  1 Mar – 10 Mar, sex unknown, kecamatan 1, passed: takes part and completes
//  307  1 Mar – 31 Mar, woman, kecamatan 1, still attending: takes part, no completion
LabourSnapshot withTraining()
{
    Snap s = marchFixture();
    const auto add = [&](qint64 id, std::int32_t start, std::int32_t end, std::uint8_t sex, int district,
                         Snap::TrainingOutcome outcome) {
        Snap::Trainee t;
        t.id = id;
        t.programStart = start;
        t.programEnd = end;
        t.sex = sex;
        t.district = district;
        t.outcome = outcome;
        s.trainees().push_back(t);
    };
    using O = Snap::TrainingOutcome;
    add(301, day(2025, 2, 10), day(2025, 3, 20), Snap::Female, 0, O::Passed);
    add(302, day(2025, 3, 5), day(2025, 4, 15), Snap::Male, 0, O::Passed);
    add(303, day(2025, 1, 5), day(2025, 2, 28), Snap::Male, 1, O::Passed);
    add(304, day(2025, 3, 1), day(2025, 3, 31), Snap::Male, 1, O::Failed);
    add(305, Snap::kNoDay, Snap::kNoDay, Snap::Male, 0, O::Passed);
    add(306, day(2025, 3, 1), day(2025, 3, 10), Snap::kUnknown, 0, O::Passed);
    add(307, day(2025, 3, 1), day(2025, 3, 31), Snap::Female, 0, O::Attending);
    return s;
}

} // namespace

class TestDashboard : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    IpkFormSet m_forms = IpkFormSet::loadDefault(m_codes);
    const Snap m_snap = withTraining();
    const ReportPeriod m_march = ReportPeriod::month(2025, 3);

    // Every bucket's ids count equals its value (for vacancy places: the ids are the vacancies with open
    // places, whose places add up to the value).
    void checkEveryBucketOpensItsRecords(const DashboardData &data, const DashboardFigures &f)
    {
        for (int c = 0; c < DashboardFigures::kCharts; ++c) {
            const DashboardBreakdown &b = f.charts[std::size_t(c)];
            for (int s = 0; s < b.series.size(); ++s)
                for (int k = 0; k < b.categories.size(); ++k) {
                    const DashboardFigures::Bucket bucket{Chart(c), s, k};
                    const auto r = data.recordsOf(f.month, f.district, bucket);
                    QCOMPARE(r.dataset, DashboardData::datasetOf(bucket));
                    const bool places = b.countsPlaces || (Chart(c) == Chart::Headline &&
                                                           k == DashboardFigures::OpenVacancyPlaces);
                    if (!places)
                        QCOMPARE(qint64(r.ids.size()), b.value(s, k));
                }
        }
    }

private slots:
    void headlineFigures()
    {
        const IpkCalculator calc(m_snap, {});
        const DashboardData data(calc, m_forms);
        const DashboardFigures f = data.compute(m_march);
        // Active at the end of March: #1, #2, #8 (placed only in April), #11. #3 placed, #4 removed, #5 and
        // #6 expired, #7 registers in April, #9 "placed" in February, #10 not counted.
        QCOMPARE(f.headline(DashboardFigures::ActiveSeekers), 4);
        QCOMPARE(f.headline(DashboardFigures::RegisteredInMonth), 4); // #2 #4 #9 #11
        QCOMPARE(f.headline(DashboardFigures::PlacedInMonth), 1);     // #3
        // Open places on 31 March: 101 full, 102 three (its placement is in April), 103 closed unfilled
        // (removed), 104 not counted, 105 one place filled twice: −1. The IPK vacancy closing stock too.
        QCOMPARE(f.headline(DashboardFigures::OpenVacancyPlaces), 2);
        // Available: opening #1 #3 #6 #8 + registered 4 = 8 (IPK column A); placed 1.
        QCOMPARE(f.availableInMonth, 8);
        QVERIFY(f.placementRate().has_value());
        QCOMPARE(*f.placementRate(), 1.0 / 8.0);

        QCOMPARE(data.recordsOf(m_march, -1, {Chart::Headline, 0, DashboardFigures::ActiveSeekers}).ids,
                 ids({1, 2, 8, 11}));
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::Headline, 0, DashboardFigures::RegisteredInMonth}).ids,
                 ids({2, 4, 9, 11}));
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::Headline, 0, DashboardFigures::PlacedInMonth}).ids,
                 ids({3}));
        const auto open =
            data.recordsOf(m_march, -1, {Chart::Headline, 0, DashboardFigures::OpenVacancyPlaces});
        QCOMPARE(open.dataset, u"lowongan"_qs);
        QCOMPARE(open.ids, ids({102, 105}));
        checkEveryBucketOpensItsRecords(data, f);
    }

    void agreesWithTheIpkTables()
    {
        const IpkCalculator calc(m_snap, {});
        const IpkReport r = calc.compute(m_forms, m_march);
        const DashboardFigures f = DashboardData(calc, m_forms).compute(m_march);
        const IpkTable *ak = r.table(u"III/1-AK"_qs);
        QCOMPARE(f.headline(DashboardFigures::RegisteredInMonth),
                 ak->total(u"registered_L"_qs) + ak->total(u"registered_P"_qs));
        QCOMPARE(f.headline(DashboardFigures::PlacedInMonth),
                 ak->total(u"placed_L"_qs) + ak->total(u"placed_P"_qs));
        QCOMPARE(f.availableInMonth, ak->total(u"A_L"_qs) + ak->total(u"A_P"_qs));
        // The women's closing stock holds (3); the men's is A − B = 2 in the table, broken by #9, which the
        // dashboard does not count as active: the stock counted from the records (#1 only).
        qint64 women = 0, men = 0;
        for (int k = 0; k < f.chart(Chart::AgeGroup).categories.size(); ++k) {
            men += f.chart(Chart::AgeGroup).value(Snap::Male, k);
            women += f.chart(Chart::AgeGroup).value(Snap::Female, k);
        }
        QCOMPARE(women, ak->total(u"closing_P"_qs));
        QCOMPARE(men, 1);
        const IpkTable *lw = r.table(u"III/1-LW"_qs);
        QCOMPARE(f.headline(DashboardFigures::OpenVacancyPlaces),
                 lw->total(u"closing_L"_qs) + lw->total(u"closing_P"_qs) + lw->total(u"closing_LP"_qs));
    }

    void trend()
    {
        const IpkCalculator calc(m_snap, {});
        const DashboardData data(calc, m_forms);
        const DashboardFigures f = data.compute(m_march);
        const DashboardBreakdown &t = f.chart(Chart::Trend);
        // April 2024 … March 2025: index 7 = November, 9 = January, 10 = February, 11 = March.
        QCOMPARE(f.trendMonths.size(), 12);
        QCOMPARE(f.trendMonths.first(), QDate(2024, 4, 1));
        QCOMPARE(f.trendMonths.last(), QDate(2025, 3, 1));
        QCOMPARE(t.categories.at(11).id, u"Mar 25"_qs);
        const QList<qint64> registered{0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 4}; // #3; #1; #8; #2 #4 #9 #11
        const QList<qint64> placed{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1};     // #9 (15 Feb); #3
        const QList<qint64> removed{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2};    // #5 (11 Feb); #4 #6
        QCOMPARE(t.values.at(DashboardFigures::TrendRegistered), registered);
        QCOMPARE(t.values.at(DashboardFigures::TrendPlaced), placed);
        QCOMPARE(t.values.at(DashboardFigures::TrendRemoved), removed);
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::Trend, DashboardFigures::TrendRemoved, 11}).ids,
                 ids({4, 6}));
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::Trend, DashboardFigures::TrendPlaced, 10}).ids,
                 ids({9}));
    }

    void activeJobSeekersBreakdowns()
    {
        const IpkCalculator calc(m_snap, {});
        const DashboardData data(calc, m_forms);
        const DashboardFigures f = data.compute(m_march);
        // Education rows of III/2: 0 SD, 1 SLTP, 2 SLTA umum, 3 SMK, 4 D-I/II, 5 D-III, 6 S1, 7 S2, 8 S3, 9
        // other.
        const DashboardBreakdown &edu = f.chart(Chart::EducationBySex);
        QCOMPARE(edu.categories.size(), 10);
        QCOMPARE(edu.values.at(Snap::Male), (QList<qint64>{0, 0, 0, 1, 0, 0, 0, 0, 0, 0}));   // #1 SMK
        QCOMPARE(edu.values.at(Snap::Female), (QList<qint64>{1, 0, 0, 0, 1, 1, 0, 0, 0, 0})); // #2 #11 #8
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::EducationBySex, Snap::Female, 5}).ids, ids({8}));
        // Age on 31 March: #1 24 (20–29), #2 19 (15–19), #8 25 (20–29), #11 30 (30–44).
        const DashboardBreakdown &age = f.chart(Chart::AgeGroup);
        QCOMPARE(age.categories.size(), 6);
        QCOMPARE(age.values.at(Snap::Male), (QList<qint64>{0, 1, 0, 0, 0, 0}));
        QCOMPARE(age.values.at(Snap::Female), (QList<qint64>{1, 1, 1, 0, 0, 0}));
        // Kecamatan: 331001 #1 #2 #8; 331002 #11; none without.
        const DashboardBreakdown &kec = f.chart(Chart::Kecamatan);
        QCOMPARE(kec.categoryCodes, (QList<QByteArray>{"331001", "331002", ""}));
        QCOMPARE(kec.values.at(0), (QList<qint64>{3, 1, 0}));
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::Kecamatan, 0, 0}).ids, ids({1, 2, 8}));
    }

    void vacanciesPlacementsTraining()
    {
        const IpkCalculator calc(m_snap, {});
        const DashboardData data(calc, m_forms);
        const DashboardFigures f = data.compute(m_march);
        // Every vacancy is KBLI 2020 section C: 3 open places of 102 and −1 of 105.
        const DashboardBreakdown &kbli = f.chart(Chart::VacancyKbli);
        QVERIFY(kbli.countsPlaces);
        int rowC = -1;
        for (int k = 0; k < kbli.categories.size(); ++k)
            if (kbli.categoryCodes.at(k) == "C" && kbli.categories.at(k).id.endsWith(u"(KBLI 2020)"_qs))
                rowC = k;
        QVERIFY(rowC >= 0);
        QCOMPARE(kbli.value(0, rowC), 2);
        QCOMPARE(kbli.total(), 2);
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::VacancyKbli, 0, rowC}).ids, ids({102, 105}));
        // Placements in March: 201 206 207 AKL, 205 AKAN (202 April, 203 February, 204 without a job seeker).
        const DashboardBreakdown &kinds = f.chart(Chart::PlacementKind);
        QCOMPARE(kinds.values.at(0), (QList<qint64>{3, 0, 1}));
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::PlacementKind, 0, Snap::Akl}).ids, ids({201, 206, 207}));
        QCOMPARE(data.recordsOf(m_march, -1, {Chart::PlacementKind, 0, Snap::Akan}).ids, ids({205}));
        // Training (categories men, women, unknown): participants 302 304 | 301 307 | 306; completed 301,
        // 306.
        const DashboardBreakdown &tr = f.chart(Chart::Training);
        QCOMPARE(tr.dataset, u"pelatihan_peserta"_qs);
        QCOMPARE(tr.values.at(DashboardFigures::TrainingParticipants), (QList<qint64>{2, 2, 1}));
        QCOMPARE(tr.values.at(DashboardFigures::TrainingCompleted), (QList<qint64>{0, 1, 1}));
        QCOMPARE(
            data.recordsOf(m_march, -1, {Chart::Training, DashboardFigures::TrainingParticipants, 1}).ids,
            ids({301, 307}));
        // April: 302 takes part and completes.
        const DashboardFigures april = data.compute(ReportPeriod::month(2025, 4));
        QCOMPARE(april.chart(Chart::Training).values.at(DashboardFigures::TrainingParticipants),
                 (QList<qint64>{1, 0, 0}));
        QCOMPARE(april.chart(Chart::Training).values.at(DashboardFigures::TrainingCompleted),
                 (QList<qint64>{1, 0, 0}));
    }

    void kecamatanFilter()
    {
        const IpkCalculator calc(m_snap, {});
        const DashboardData data(calc, m_forms);
        const int d2 = m_snap.districtIndex("331002");
        const DashboardFigures f = data.compute(m_march, d2);
        QCOMPARE(f.district, d2);
        // 331002: #11 registered in March and active; no vacancy, no placement; training 304.
        QCOMPARE(f.headline(DashboardFigures::ActiveSeekers), 1);
        QCOMPARE(f.headline(DashboardFigures::RegisteredInMonth), 1);
        QCOMPARE(f.headline(DashboardFigures::PlacedInMonth), 0);
        QCOMPARE(f.headline(DashboardFigures::OpenVacancyPlaces), 0);
        QCOMPARE(f.availableInMonth, 1);
        QCOMPARE(*f.placementRate(), 0.0);
        QCOMPARE(f.chart(Chart::PlacementKind).total(), 0);
        QCOMPARE(f.chart(Chart::Training).values.at(0), (QList<qint64>{1, 0, 0}));
        QCOMPARE(f.chart(Chart::Kecamatan).values.at(0), (QList<qint64>{0, 1, 0}));
        QCOMPARE(data.recordsOf(m_march, d2, {Chart::Headline, 0, DashboardFigures::ActiveSeekers}).ids,
                 ids({11}));
        checkEveryBucketOpensItsRecords(data, f);
    }

    void removalRuleChangesTheFigures()
    {
        ReportRules manualOnly;
        manualOnly.removeMonthsAfterExpiry = -1; // #5 and #6 stay active
        const IpkCalculator calc(m_snap, manualOnly);
        const DashboardFigures f = DashboardData(calc, m_forms).compute(m_march);
        QCOMPARE(f.headline(DashboardFigures::ActiveSeekers), 6);
        QCOMPARE(f.chart(Chart::Trend).values.at(DashboardFigures::TrendRemoved).at(11), 1); // #4 only
    }

    void emptySnapshot()
    {
        const Snap empty;
        const IpkCalculator calc(empty, {});
        const DashboardFigures f = DashboardData(calc, m_forms).compute(m_march);
        QCOMPARE(f.headline(DashboardFigures::ActiveSeekers), 0);
        QVERIFY(!f.placementRate().has_value());
        QCOMPARE(f.chart(Chart::Kecamatan).categories.size(), 1); // "no kecamatan" only
    }

    // Training participants are read from the store with their programme's dates.
    void traineesFromStore()
    {
        auto session = newStore();
        RecordService records(*session, m_templates, m_validator, &m_regions);
        records.create(u"pelatihan_program"_qs, {{u"kode_program"_qs, u"PLT-3374-2025-001"_qs},
                                                 {u"nama_program"_qs, u"Menjahit"_qs},
                                                 {u"tanggal_mulai"_qs, u"2025-03-03"_qs},
                                                 {u"tanggal_selesai"_qs, u"2025-03-28"_qs}});
        const auto participant = [&](const QString &program, const QString &nik, const QString &sex,
                                     const QString &outcome) {
            return records.create(u"pelatihan_peserta"_qs, {{u"kode_program"_qs, program},
                                                            {u"nik"_qs, nik},
                                                            {u"nama"_qs, u"Uji Coba"_qs},
                                                            {u"jenis_kelamin"_qs, sex},
                                                            {u"kode_kecamatan"_qs, u"337401"_qs},
                                                            {u"hasil"_qs, outcome}});
        };
        const qint64 passed =
            participant(u"PLT-3374-2025-001"_qs, u"3374014101950001"_qs, u"P"_qs, u"lulus"_qs);
        const qint64 orphan =
            participant(u"PLT-0000-0000-999"_qs, u"3374010101950001"_qs, u"L"_qs, u"tidak_lulus"_qs);
        const qint64 gone =
            participant(u"PLT-3374-2025-001"_qs, u"3374010202950001"_qs, u"L"_qs, u"peserta"_qs);
        records.remove(u"pelatihan_peserta"_qs, gone);

        const Snap snap = Snap::load(session->db());
        QCOMPARE(snap.trainees().size(), std::size_t(2)); // the deleted one is left out
        const Snap::Trainee &t = snap.trainees().at(0);
        QCOMPARE(t.id, passed);
        QCOMPARE(t.programStart, day(2025, 3, 3));
        QCOMPARE(t.programEnd, day(2025, 3, 28));
        QCOMPARE(t.sex, std::uint8_t(Snap::Female));
        QCOMPARE(t.outcome, Snap::TrainingOutcome::Passed);
        QCOMPARE(snap.districts().value(t.district), QByteArray("337401"));
        const Snap::Trainee &o = snap.trainees().at(1);
        QCOMPARE(o.id, orphan);
        QCOMPARE(o.programStart, Snap::kNoDay); // its programme is not in the store
        QCOMPARE(o.outcome, Snap::TrainingOutcome::Failed);

        const IpkCalculator calc(snap, {});
        const DashboardFigures f = DashboardData(calc, m_forms).compute(m_march);
        QCOMPARE(f.chart(Chart::Training).values.at(DashboardFigures::TrainingParticipants),
                 (QList<qint64>{0, 1, 0}));
        QCOMPARE(f.chart(Chart::Training).values.at(DashboardFigures::TrainingCompleted),
                 (QList<qint64>{0, 1, 0}));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
