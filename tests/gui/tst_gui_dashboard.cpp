// The dashboard page in the real main window on a small generated store (issue 5): it is the first page,
// its tiles and bars show the figures DashboardData computes from the records, the filters recompute on the
// worker, a click on a bar or slice opens exactly its records in the grid (and the caption can be cleared),
// and a chart saves as a PNG.
#include "GuiTestHelpers.h"
#include "RecordsFixture.h"
#include "common/ScriptedFileDialogs.h"
#include "common/ScriptedMessageBoxes.h"

#include "DataGenerator.h"
#include "DatagenConfig.h"
#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardTile.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordTableModel.h"
#include "records/RecordsPage.h"
#include "reports/DashboardData.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;
using Chart = DashboardFigures::Chart;

class TestGuiDashboard : public QObject, private RecordsFixture
{
    Q_OBJECT

    std::unique_ptr<Session> m_session;
    std::unique_ptr<LabourSnapshot> m_snapshot;
    std::unique_ptr<IpkFormSet> m_forms;
    std::unique_ptr<IpkCalculator> m_calc;
    std::unique_ptr<DashboardData> m_data;
    const QDate m_march = QDate(2025, 3, 1);

    // The ids the record grid shows, in its order, once it has them all.
    static QList<qint64> gridIds(RecordTableModel *m)
    {
        QList<qint64> ids;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            if (!QTest::qWaitFor([&] { return i.data(RecordTableModel::RecordIdRole).isValid(); }, 10000))
                return {};
            ids << i.data(RecordTableModel::RecordIdRole).toLongLong();
        }
        return ids;
    }

    static bool waitForFigures(DashboardPage *page, const QDate &month, int district)
    {
        return QTest::qWaitFor(
            [&] {
                return !page->isBusy() && page->figures() && page->figures()->month.first() == month &&
                       page->figures()->district == district;
            },
            30000);
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        datagen::DatagenConfig cfg;
        cfg.outDir = m_tmp.filePath(u"gen"_qs);
        cfg.seed = 5;
        cfg.jobSeekers = 800;
        datagen::DataGenerator::run(cfg);
        m_session = newStore();
        QCOMPARE(importFiles(*m_session, cfg.outDir,
                             {u"pencari_kerja"_qs, u"lowongan"_qs, u"penempatan"_qs, u"pelatihan_program"_qs,
                              u"pelatihan_peserta"_qs}),
                 QString());
        // The expected figures, computed apart from the page.
        m_snapshot = std::make_unique<LabourSnapshot>(LabourSnapshot::load(m_session->db()));
        m_forms = std::make_unique<IpkFormSet>(IpkFormSet::loadDefault(m_codes));
        m_calc = std::make_unique<IpkCalculator>(*m_snapshot, ReportRules{});
        m_data = std::make_unique<DashboardData>(*m_calc, *m_forms);
    }

    void tilesBarsClickThroughAndPng()
    {
        MainWindow window(*m_session);
        window.resize(1366, 768);
        window.show();
        DashboardPage *page = window.dashboardPage();
        QVERIFY(page);
        QCOMPARE(window.currentPage(), page); // the first page
        QVERIFY(QTest::qWaitFor([&] { return page->figures() != nullptr; }, 30000));

        page->setMonth(m_march);
        QVERIFY(waitForFigures(page, m_march, -1));
        const DashboardFigures want = m_data->compute(ReportPeriod::month(2025, 3));
        const QLocale locale;
        for (int h = 0; h < DashboardFigures::kHeadlines; ++h)
            QCOMPARE(page->tile(h)->value(), locale.toString(want.headline(DashboardFigures::Headline(h))));
        QVERIFY(want.headline(DashboardFigures::ActiveSeekers) > 50);
        // The quality figures follow the charts (a table scan of their own).
        QTRY_VERIFY(page->tile(DashboardPage::kQualityTile)->value().endsWith(u'%'));

        // Education × sex: the drawn bars are the non-empty rows, with the computed values.
        DashboardChartView *edu = page->chartView(Chart::EducationBySex);
        auto *bars = qobject_cast<QAbstractBarSeries *>(edu->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        // Horizontal bars add their sets last to first (men on top): series s is set 1 − s.
        const auto setOf = [bars](int series) { return bars->barSets().at(1 - series); };
        QCOMPARE(setOf(0)->label(), want.chart(Chart::EducationBySex).series.at(0).text(u"en"_qs));
        const DashboardBreakdown &wantEdu = want.chart(Chart::EducationBySex);
        QList<int> nonEmpty, shown;
        for (int k = 0; k < wantEdu.categories.size(); ++k)
            if (wantEdu.categoryTotal(k) != 0)
                nonEmpty << k;
        int drawn = 0;
        for (; drawn < edu->drawnCount(); ++drawn) {
            const int k = edu->categoryOfDrawn(drawn);
            shown << k;
            for (int s = 0; s < 2; ++s)
                QCOMPARE(qint64(setOf(s)->at(drawn)), wantEdu.value(s, k));
        }
        // Qt draws horizontal bars bottom-up; the view reverses them so the form's first row is on top.
        QCOMPARE(shown.first(), nonEmpty.last());
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, nonEmpty);
        // The trend lines end with this month's flows.
        QCOMPARE(page->chartView(Chart::Trend)->chart()->series().size(), 3);

        // A click on a women's bar (the smallest that is not empty) opens exactly its records in the grid.
        int clicked = -1;
        for (int i = 0; i < edu->drawnCount(); ++i) {
            const qint64 v = wantEdu.value(1, edu->categoryOfDrawn(i));
            if (v > 0 && (clicked < 0 || v < wantEdu.value(1, edu->categoryOfDrawn(clicked))))
                clicked = i;
        }
        QVERIFY(clicked >= 0);
        const QList<qint64> expected =
            m_data
                ->recordsOf(ReportPeriod::month(2025, 3), -1,
                            {Chart::EducationBySex, 1, edu->categoryOfDrawn(clicked)})
                .ids;
        QCOMPARE(qint64(expected.size()), wantEdu.value(1, edu->categoryOfDrawn(clicked)));
        QSignalSpy asked(page, &DashboardPage::recordsRequested);
        emit setOf(1)->clicked(clicked);
        QCOMPARE(asked.size(), 1);
        RecordsPage *records = window.recordsPage();
        QCOMPARE(window.currentPage(), records);
        QVERIFY(records->hasRecordSet());
        QCOMPARE(records->dataset(), u"pencari_kerja"_qs);
        QVERIFY(records->findChild<QWidget *>(u"recordSetBar"_qs)->isVisible());
        QVERIFY(records->findChild<QLabel *>(u"recordSetLabel"_qs)->text().contains(edu->title()));
        QTRY_COMPARE_WITH_TIMEOUT(records->model()->rowCount(), expected.size(), 10000);
        QCOMPARE(gridIds(records->model()), expected);

        // Clearing the caption shows every record again.
        records->findChild<QPushButton *>(u"recordSetClearButton"_qs)->click();
        QVERIFY(!records->hasRecordSet());
        QTRY_COMPARE_WITH_TIMEOUT(records->model()->rowCount(), int(m_snapshot->seekers().size()), 10000);

        // A kecamatan filter recomputes on the worker; the tiles follow.
        window.showPage(page);
        const QByteArray code = m_snapshot->districts().at(1);
        page->setKecamatan(code);
        QVERIFY(waitForFigures(page, m_march, 1));
        const DashboardFigures wantKec = m_data->compute(ReportPeriod::month(2025, 3), 1);
        for (int h = 0; h < DashboardFigures::kHeadlines; ++h)
            QCOMPARE(page->tile(h)->value(),
                     locale.toString(wantKec.headline(DashboardFigures::Headline(h))));
        QCOMPARE(page->findChild<QComboBox *>(u"kecamatanCombo"_qs)->currentData().toByteArray(), code);

        // A slice of the placements pie: the placements of that type in the kecamatan.
        auto *pie =
            qobject_cast<QPieSeries *>(page->chartView(Chart::PlacementKind)->chart()->series().value(0));
        QVERIFY(pie);
        QVERIFY(!pie->slices().isEmpty());
        const int kind = page->chartView(Chart::PlacementKind)->categoryOfDrawn(0);
        const QList<qint64> placements =
            m_data->recordsOf(ReportPeriod::month(2025, 3), 1, {Chart::PlacementKind, 0, kind}).ids;
        QCOMPARE(qint64(placements.size()), wantKec.chart(Chart::PlacementKind).value(0, kind));
        emit pie->slices().first()->clicked();
        QCOMPARE(window.currentPage(), records);
        QCOMPARE(records->dataset(), u"penempatan"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(records->model()->rowCount(), placements.size(), 10000);
        QCOMPARE(gridIds(records->model()), placements);
        // Choosing another dataset leaves the dashboard's set (its ids mean nothing there).
        records->setDataset(u"lowongan"_qs);
        QVERIFY(!records->hasRecordSet());
        QVERIFY(!records->findChild<QWidget *>(u"recordSetBar"_qs)->isVisible());

        // A tile opens its records too (active job seekers of the kecamatan).
        window.showPage(page);
        QTest::mouseClick(page->tile(DashboardFigures::ActiveSeekers), Qt::LeftButton);
        QCOMPARE(records->dataset(), u"pencari_kerja"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(records->model()->rowCount()),
                                  wantKec.headline(DashboardFigures::ActiveSeekers), 10000);

        // Save a chart as PNG, as the context menu does: the picked name gets ".png".
        window.showPage(page);
        ScriptedFileDialogs files;
        ScriptedMessageBoxes boxes;
        files.queuePath(m_tmp.filePath(u"trend"_qs));
        QVERIFY(page->chartView(Chart::Trend)->saveAsPng());
        const QImage image(m_tmp.filePath(u"trend.png"_qs));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 200);
        // A folder that does not exist: a clear message, no file.
        files.queuePath(m_tmp.filePath(u"no/such/folder/chart.png"_qs));
        QVERIFY(!page->chartView(Chart::Trend)->saveAsPng());
        QCOMPARE(boxes.shown().size(), 1);
        // Cancelled: nothing.
        QVERIFY(!page->chartView(Chart::Trend)->saveAsPng());
        QCOMPARE(boxes.shown().size(), 1);
    }

    void staleResultsAreDropped()
    {
        MainWindow window(*m_session);
        window.show();
        DashboardPage *page = window.dashboardPage();
        QVERIFY(QTest::qWaitFor([&] { return page->figures() != nullptr && !page->isBusy(); }, 30000));
        QSignalSpy shown(page, &DashboardPage::figuresShown);
        // Three filter changes at once: only the last is shown.
        page->setMonth(QDate(2024, 6, 1));
        page->setMonth(QDate(2024, 9, 1));
        page->setMonth(QDate(2025, 1, 1));
        QVERIFY(waitForFigures(page, QDate(2025, 1, 1), -1));
        QTest::qWait(50);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(
            page->tile(DashboardFigures::RegisteredInMonth)->value(),
            QLocale().toString(
                m_data->compute(ReportPeriod::month(2025, 1)).headline(DashboardFigures::RegisteredInMonth)));
    }
};

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
