// Property tests of the IPK computation over generated data (issue 5): a synthetic regency from
// sinergi-datagen without injected errors is imported into a real store, and for every month of the
// generated period and every kecamatan the invariants hold (closing = A − B, closing of m = opening of
// m+1, no negative stock), nothing is left uncounted, and the months add up to the year.
#include "DataGenerator.h"
#include "DatagenConfig.h"
#include "RecordsFixture.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"

#include <QTest>

using namespace sinergi;

class TestIpkGenerated : public QObject, private sinergi::test::RecordsFixture
{
    Q_OBJECT

    std::unique_ptr<Session> m_session;
    LabourSnapshot m_snapshot;
    IpkFormSet m_forms = IpkFormSet::loadDefault(m_codes);

    static QString describe(const IpkReport &r)
    {
        QStringList lines;
        for (const IpkBreak &b : r.breaks)
            lines << b.message;
        return lines.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        datagen::DatagenConfig cfg;
        cfg.outDir = m_tmp.filePath(u"gen"_qs);
        cfg.seed = 7;
        cfg.jobSeekers = 4000;
        datagen::DataGenerator::run(cfg);
        m_session = newStore();
        QCOMPARE(importFiles(*m_session, cfg.outDir, {u"pencari_kerja"_qs, u"lowongan"_qs, u"penempatan"_qs}),
                 QString());
        m_snapshot = LabourSnapshot::load(m_session->db());
        QCOMPARE(m_snapshot.seekers().size(), std::size_t(4000));
        QVERIFY(m_snapshot.vacancies().size() >= 20);
        QVERIFY(m_snapshot.placements().size() > 500);
        QVERIFY(m_snapshot.districts().size() > 1);
    }

    void invariantsHoldEveryMonthAndKecamatan_data()
    {
        QTest::addColumn<int>("district");
        QTest::newRow("kabupaten") << -1;
        for (int d = 0; d < m_snapshot.districts().size(); ++d)
            QTest::newRow(m_snapshot.districts().at(d).constData()) << d;
    }
    void invariantsHoldEveryMonthAndKecamatan()
    {
        QFETCH(int, district);
        const IpkCalculator calc(m_snapshot, {});
        ReportPeriod month = ReportPeriod::month(2024, 1);
        IpkReport previous = calc.compute(m_forms, month, district);
        QVERIFY2(previous.breaks.isEmpty(), qPrintable(describe(previous)));
        qint64 placedInMonths = 0;
        for (int i = 0; i < 24; ++i) {
            month = month.next();
            const IpkReport r = calc.compute(m_forms, month, district);
            QVERIFY2(r.breaks.isEmpty(), qPrintable(month.key() + u": "_qs + describe(r)));
            for (const IpkTable &t : r.tables) {
                const IpkTable &p = *previous.table(t.formId);
                for (const QString &c : t.columns) {
                    if (!c.startsWith(u"opening_"_qs))
                        continue;
                    const QString closing = u"closing_"_qs + c.mid(8);
                    for (int row = 0; row < t.rows.size(); ++row) {
                        QVERIFY(t.value(row, c) >= 0);
                        // Age rows regroup people on birthdays: per row only for the other tables.
                        if (t.formId != u"III/1-AK")
                            QCOMPARE(t.value(row, c), p.value(row, closing));
                    }
                    QCOMPARE(t.total(c), p.total(closing));
                }
            }
            if (month.first().year() == 2025) {
                const IpkTable *t = r.table(u"III/1-AK"_qs);
                placedInMonths += t->total(u"placed_L"_qs) + t->total(u"placed_P"_qs);
            }
            previous = r;
        }
        const IpkReport yearReport = calc.compute(m_forms, ReportPeriod::year(2025), district);
        const IpkTable *year = yearReport.table(u"III/1-AK"_qs);
        QCOMPARE(year->total(u"placed_L"_qs) + year->total(u"placed_P"_qs), placedInMonths);
    }

    void everyRecordIsSomewhere()
    {
        // Over the whole generated period every job seeker registered once and every placement is counted.
        const IpkCalculator calc(m_snapshot, {});
        qint64 registered = 0, placements = 0;
        for (int year : {2024, 2025}) {
            const IpkReport r = calc.compute(m_forms, ReportPeriod::year(year));
            const IpkTable *t = r.table(u"III/1-AK"_qs);
            registered += t->total(u"registered_L"_qs) + t->total(u"registered_P"_qs);
            const IpkTable *p = r.table(u"III/7"_qs);
            for (const QString &c : p->columns)
                placements += p->total(c);
        }
        QCOMPARE(registered, qint64(m_snapshot.seekers().size()));
        qint64 datedPlacements = 0;
        for (const auto &p : m_snapshot.placements())
            datedPlacements +=
                p.day >= QDate(2024, 1, 1).toJulianDay() && p.day <= QDate(2025, 12, 31).toJulianDay();
        QCOMPARE(placements, datedPlacements);
    }
};

QTEST_GUILESS_MAIN(TestIpkGenerated)
#include "tst_ipk_generated.moc"
