// Property tests of the dashboard over generated data (issue 5): a synthetic regency from sinergi-datagen
// without injected errors is imported into a real store; for every month of the generated period and every
// kecamatan filter the dashboard's figures equal the IPK tables' totals, and every bucket opens exactly as
// many records as it counts.
#include "DataGenerator.h"
#include "DatagenConfig.h"
#include "RecordsFixture.h"
#include "reports/DashboardData.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"

#include <QTest>

using namespace sinergi;
using Chart = DashboardFigures::Chart;

namespace {

qint64 sum(const IpkTable &t, const QString &prefix)
{
    qint64 s = 0;
    for (const QString &c : t.columns)
        if (c.startsWith(prefix))
            s += t.total(c);
    return s;
}

} // namespace

class TestDashboardGenerated : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    std::unique_ptr<Session> m_session;
    LabourSnapshot m_snapshot;
    IpkFormSet m_forms = IpkFormSet::loadDefault(m_codes);

private slots:
    void initTestCase()
    {
        datagen::DatagenConfig cfg;
        cfg.outDir = m_tmp.filePath(u"gen"_qs);
        cfg.seed = 11;
        cfg.jobSeekers = 3000;
        datagen::DataGenerator::run(cfg);
        m_session = newStore();
        QCOMPARE(importFiles(*m_session, cfg.outDir,
                             {u"pencari_kerja"_qs, u"lowongan"_qs, u"penempatan"_qs, u"pelatihan_program"_qs,
                              u"pelatihan_peserta"_qs}),
                 QString());
        m_snapshot = LabourSnapshot::load(m_session->db());
        QCOMPARE(m_snapshot.seekers().size(), std::size_t(3000));
        QVERIFY(m_snapshot.trainees().size() > 20);
        QVERIFY(m_snapshot.districts().size() > 1);
    }

    void figuresEqualTheIpkTotals_data()
    {
        QTest::addColumn<int>("district");
        QTest::newRow("kabupaten") << -1;
        for (int d = 0; d < m_snapshot.districts().size(); ++d)
            QTest::newRow(m_snapshot.districts().at(d).constData()) << d;
    }
    void figuresEqualTheIpkTotals()
    {
        QFETCH(int, district);
        const IpkCalculator calc(m_snapshot, {});
        const DashboardData data(calc, m_forms);
        qint64 training = 0;
        for (ReportPeriod m = ReportPeriod::month(2024, 1); m.first().year() < 2026; m = m.next()) {
            const IpkReport r = calc.compute(m_forms, m, district);
            const DashboardFigures f = data.compute(m, district);
            const QString at = m.key();
            QVERIFY2(r.breaks.isEmpty(), qPrintable(at));
            const IpkTable &ak = *r.table(u"III/1-AK"_qs);
            QCOMPARE(f.headline(DashboardFigures::ActiveSeekers), sum(ak, u"closing_"_qs));
            QCOMPARE(f.headline(DashboardFigures::RegisteredInMonth), sum(ak, u"registered_"_qs));
            QCOMPARE(f.headline(DashboardFigures::PlacedInMonth), sum(ak, u"placed_"_qs));
            QCOMPARE(f.availableInMonth, sum(ak, u"A_"_qs));
            QCOMPARE(f.headline(DashboardFigures::OpenVacancyPlaces),
                     sum(*r.table(u"III/1-LW"_qs), u"closing_"_qs));
            // The breakdowns row by row against their IPK tables.
            const IpkTable &edu = *r.table(u"III/2"_qs);
            const DashboardBreakdown &byEdu = f.chart(Chart::EducationBySex);
            QCOMPARE(byEdu.categories.size(), edu.rows.size());
            for (int row = 0; row < edu.rows.size(); ++row) {
                QCOMPARE(byEdu.value(0, row), edu.value(row, u"closing_L"_qs));
                QCOMPARE(byEdu.value(1, row), edu.value(row, u"closing_P"_qs));
            }
            const DashboardBreakdown &byAge = f.chart(Chart::AgeGroup);
            for (int row = 0; row < ak.rows.size(); ++row) {
                QCOMPARE(byAge.value(0, row), ak.value(row, u"closing_L"_qs));
                QCOMPARE(byAge.value(1, row), ak.value(row, u"closing_P"_qs));
            }
            const IpkTable &kbli = *r.table(u"III/6"_qs);
            for (int row = 0; row < kbli.rows.size(); ++row)
                QCOMPARE(f.chart(Chart::VacancyKbli).value(0, row), kbli.value(row, u"closing_L"_qs) +
                                                                        kbli.value(row, u"closing_P"_qs) +
                                                                        kbli.value(row, u"closing_LP"_qs));
            const IpkTable &placed = *r.table(u"III/7"_qs);
            int kind = 0;
            for (const QString &k : {u"AKL"_qs, u"AKAD"_qs, u"AKAN"_qs})
                QCOMPARE(f.chart(Chart::PlacementKind).value(0, kind++),
                         placed.total(k + u"_L"_qs) + placed.total(k + u"_P"_qs));
            QCOMPARE(f.chart(Chart::Kecamatan).total(), f.headline(DashboardFigures::ActiveSeekers));
            // The trend's last month is this month's flows.
            const DashboardBreakdown &trend = f.chart(Chart::Trend);
            QCOMPARE(trend.value(DashboardFigures::TrendRegistered, 11), sum(ak, u"registered_"_qs));
            QCOMPARE(trend.value(DashboardFigures::TrendPlaced, 11), sum(ak, u"placed_"_qs));
            QCOMPARE(trend.value(DashboardFigures::TrendRemoved, 11), sum(ak, u"removed_"_qs));
            training += f.chart(Chart::Training).total();

            // Every bucket opens as many records as it counts; for vacancy places, the open places of the
            // vacancies it opens add up to it.
            if (m.first().month() % 6 != 3) // every bucket of two months a year keeps the test quick
                continue;
            for (int c = 0; c < DashboardFigures::kCharts; ++c) {
                const DashboardBreakdown &b = f.charts[std::size_t(c)];
                for (int s = 0; s < b.series.size(); ++s)
                    for (int k = 0; k < b.categories.size(); ++k) {
                        const DashboardFigures::Bucket bucket{Chart(c), s, k};
                        const auto ids = data.recordsOf(m, district, bucket).ids;
                        const bool places = b.countsPlaces || (Chart(c) == Chart::Headline &&
                                                               k == DashboardFigures::OpenVacancyPlaces);
                        if (!places) {
                            QCOMPARE(qint64(ids.size()), b.value(s, k));
                            continue;
                        }
                        qint64 open = 0;
                        for (std::size_t v = 0; v < m_snapshot.vacancies().size(); ++v)
                            if (ids.contains(m_snapshot.vacancies()[v].id))
                                for (std::int32_t p :
                                     calc.openPlaces(v, std::int32_t(m.last().toJulianDay())))
                                    open += p;
                        QCOMPARE(open, b.value(s, k));
                    }
            }
        }
        if (district < 0)
            QVERIFY(training > 0); // the generated programmes show up somewhere in the two years
    }
};

QTEST_GUILESS_MAIN(TestDashboardGenerated)
#include "tst_dashboard_generated.moc"
