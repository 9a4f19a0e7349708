// The IPK page (issue 5) on a real store, offscreen: the grid shows exactly IpkCalculator's numbers for the
// chosen period and kecamatan, a new choice recomputes (on a worker; an older result is dropped), the checks
// are listed with their records, and the CSV / XLSX / PDF exports write their files and audit entries.
#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "common/ScriptedFileDialogs.h"
#include "common/ScriptedMessageBoxes.h"
#include "datasets/CodeListRegistry.h"
#include "importing/XlsxReader.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordService.h"
#include "records/RecordTableModel.h"
#include "records/RecordsContext.h"
#include "records/RecordsPage.h"
#include "reports/IpkCalculator.h"
#include "reports/IpkExport.h"
#include "reports/IpkPage.h"
#include "reports/IpkTableModel.h"
#include "reports/IpkXlsx.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "reports/ReportSource.h"
#include "settings/ReportRulesPanel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {

struct Seeker
{
    const char *no;
    const char *born;
    const char *sex;
    const char *kecamatan;
    const char *education;
    QDate registered;
    const char *status;
    QDate statusDay;
};

void seed(RecordService &service)
{
    const QList<Seeker> seekers{
        {"AK-1", "2000-01-01", "L", "33.73.01", "3000", QDate(2025, 2, 10), "terdaftar", {}},
        {"AK-2", "2005-06-01", "P", "33.73.01", "1000", QDate(2025, 3, 5), "terdaftar", {}},
        {"AK-3", "1980-01-01", "L", "33.73.02", "6000", QDate(2025, 1, 15), "ditempatkan",
         QDate(2025, 3, 20)},
        {"AK-4", "1990-01-01", "P", "33.73.02", "2000", QDate(2025, 3, 12), "dihapuskan", QDate(2025, 3, 25)},
        {"AK-5", "1999-09-09", "P", "33.73.02", "5000", QDate(2025, 2, 2), "terdaftar", {}},
        // Placed without a date: the tables cannot place it in time, a check names it.
        {"AK-6", "1995-05-05", "L", "33.73.01", "6000", QDate(2025, 1, 3), "ditempatkan", {}},
    };
    int n = 0;
    for (const Seeker &s : seekers) {
        QVariantMap v{{u"no_pendaftaran"_qs, QString::fromLatin1(s.no)},
                      {u"nik"_qs, QStringLiteral("337301010190000%1").arg(++n)},
                      {u"nama"_qs, QStringLiteral("Warga %1").arg(n)},
                      {u"tanggal_lahir"_qs, QDate::fromString(QString::fromLatin1(s.born), Qt::ISODate)},
                      {u"jenis_kelamin"_qs, QString::fromLatin1(s.sex)},
                      {u"kode_kecamatan"_qs, QString::fromLatin1(s.kecamatan)},
                      {u"pendidikan"_qs, QString::fromLatin1(s.education)},
                      {u"tanggal_daftar"_qs, s.registered},
                      {u"berlaku_sampai"_qs, s.registered.addYears(2)},
                      {u"status"_qs, QString::fromLatin1(s.status)}};
        if (s.statusDay.isValid())
            v.insert(u"tanggal_status"_qs, s.statusDay);
        service.create(u"pencari_kerja"_qs, v);
    }
}

qsizetype exportEntries(Session &s)
{
    AuditFilter f;
    f.actionPrefix = u"report.export"_qs;
    return s.audit().query(f).size();
}

} // namespace

class TestGuiIpk : public QObject
{
    Q_OBJECT

    GuiStore m_store;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<ReportSource> m_source;
    IpkFormSet m_forms = IpkFormSet::loadDefault(CodeListRegistry::loadEmbedded());

    IpkReport expected(const ReportPeriod &period, const QByteArray &kecamatan = {})
    {
        Database worker = m_session->vault().openWorkerConnection();
        const LabourSnapshot snapshot = LabourSnapshot::load(worker);
        const int district = kecamatan.isEmpty() ? -1 : snapshot.districtIndex(kecamatan);
        return IpkCalculator(snapshot, ReportRules::fromSettings(*m_session))
            .compute(m_forms, period, district);
    }

    static bool waitForReport(IpkPage &page, const ReportPeriod &period, const QString &district = {})
    {
        return QTest::qWaitFor(
            [&] {
                return !page.isComputing() && page.report() && page.report()->period == period &&
                       page.report()->district == district;
            },
            20000);
    }

    // Every cell of every table on the page equals the calculator's.
    void compareGrid(IpkPage &page, const IpkReport &want)
    {
        QCOMPARE(page.report()->tables.size(), want.tables.size());
        for (const IpkTable &t : want.tables) {
            page.showForm(t.formId);
            IpkTableModel *m = page.tableModel();
            QCOMPARE(page.currentFormId(), t.formId);
            const int shown = int(t.rows.size()) - (t.otherRowUsed() ? 0 : 1);
            QCOMPARE(m->rowCount(), shown + 1);
            QCOMPARE(m->columnCount(), t.columns.size() + 1);
            for (int r = 0; r < shown; ++r)
                for (int c = 0; c < t.columns.size(); ++c)
                    QCOMPARE(m->index(r, c + 1).data(Qt::UserRole).toLongLong(), t.cells.at(r).at(c));
            for (int c = 0; c < t.columns.size(); ++c) {
                QCOMPARE(m->index(shown, c + 1).data(Qt::UserRole).toLongLong(), t.total(t.columns.at(c)));
                QCOMPARE(m->index(shown, c + 1).data(Qt::TextAlignmentRole).toInt(),
                         int(Qt::AlignRight | Qt::AlignVCenter));
            }
            QVERIFY(m->index(shown, 0).data(Qt::FontRole).value<QFont>().bold());
            QVERIFY(!m->index(0, 0).data(Qt::FontRole).isValid());
        }
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        m_session = m_store.create();
        m_session->setSetting(u"office.regency"_qs, u"33.73"_qs);
        RecordsPage records(*m_session, nullptr, true); // creates the dataset tables
        seed(records.context()->service());
        m_source = std::make_shared<ReportSource>(m_session->vault());
    }

    void modelIsSound()
    {
        IpkTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const IpkReport r = expected(ReportPeriod::month(2025, 3));
        for (const IpkTable &t : r.tables)
            model.setTable(t, u"id"_qs);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void gridShowsTheCalculatorsNumbers()
    {
        IpkPage page(*m_session, m_source);
        page.resize(1200, 700);
        page.setPeriod(ReportPeriod::month(2025, 3));
        page.show(); // the first computation starts when the page is shown
        QVERIFY(page.isComputing());
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 3)));
        const IpkReport want = expected(ReportPeriod::month(2025, 3));
        // Not trivially zero: March has registrations, a placement and a removal.
        QVERIFY(want.table(u"III/1-AK"_qs)->total(u"registered_P"_qs) == 2);
        compareGrid(page, want);
    }

    void aNewChoiceRecomputes()
    {
        IpkPage page(*m_session, m_source);
        page.setPeriod(ReportPeriod::month(2025, 3));
        page.show();
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 3)));
        QSignalSpy ready(&page, &IpkPage::reportReady);

        page.setPeriod(ReportPeriod::month(2025, 2));
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 2)));
        compareGrid(page, expected(ReportPeriod::month(2025, 2)));

        page.setPeriod(ReportPeriod::semester(2025, 1));
        QVERIFY(waitForReport(page, ReportPeriod::semester(2025, 1)));
        compareGrid(page, expected(ReportPeriod::semester(2025, 1)));

        page.setDistrict(u"33.73.02"_qs);
        QVERIFY(waitForReport(page, ReportPeriod::semester(2025, 1), u"33.73.02"_qs));
        compareGrid(page, expected(ReportPeriod::semester(2025, 1), "33.73.02"));
        QCOMPARE(ready.size(), 3);

        // Quick changes: only the last choice is shown, the earlier results are dropped.
        ready.clear();
        page.setDistrict(QString());
        page.setPeriod(ReportPeriod::year(2025));
        page.setPeriod(ReportPeriod::month(2025, 1));
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 1)));
        QTest::qWait(100);
        QCOMPARE(ready.size(), 1);
        compareGrid(page, expected(ReportPeriod::month(2025, 1)));
    }

    void checksNameTheirRecords()
    {
        IpkPage page(*m_session, m_source);
        page.setPeriod(ReportPeriod::month(2025, 3));
        page.show();
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 3)));
        const IpkReport want = expected(ReportPeriod::month(2025, 3));
        QVERIFY(!want.breaks.isEmpty()); // AK-6: placed without a date
        auto *list = page.findChild<QListWidget *>(u"breakList"_qs);
        QCOMPARE(list->count(), want.breaks.size());
        QVERIFY(page.checksText().contains(QString::number(want.breaks.size())));
        list->setCurrentRow(0);
        const QString ids = page.findChild<QPlainTextEdit *>(u"idsView"_qs)->toPlainText();
        for (qint64 id : want.breaks.first().recordIds)
            QVERIFY2(ids.contains(QString::number(id)), qPrintable(ids));
        QSignalSpy open(&page, &IpkPage::openRecordsRequested);
        page.findChild<QPushButton *>(u"openRecordsButton"_qs)->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), want.breaks.first().dataset);
        QCOMPARE(open.first().at(1).value<QList<qint64>>(), want.breaks.first().recordIds);

        // A kecamatan without the bad record: everything holds, and the page says so.
        page.setDistrict(u"33.73.02"_qs);
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 3), u"33.73.02"_qs));
        if (expected(ReportPeriod::month(2025, 3), "33.73.02").breaks.isEmpty())
            QVERIFY(page.checksText().startsWith(u"All checks hold"_qs));
    }

    // In the main window "Open these records" under a broken check shows exactly those records in the grid.
    void openTheRecordsOfABreakInTheGrid()
    {
        MainWindow window(*m_session);
        window.resize(1366, 768);
        window.show();
        IpkPage *page = window.ipkPage();
        QVERIFY(page);
        window.showPage(page);
        page->setPeriod(ReportPeriod::month(2025, 3));
        QVERIFY(waitForReport(*page, ReportPeriod::month(2025, 3)));
        const IpkReport want = expected(ReportPeriod::month(2025, 3));
        QVERIFY(!want.breaks.isEmpty());
        page->findChild<QListWidget *>(u"breakList"_qs)->setCurrentRow(0);
        page->findChild<QPushButton *>(u"openRecordsButton"_qs)->click();

        RecordsPage *records = window.recordsPage();
        QCOMPARE(window.currentPage(), records);
        QVERIFY(records->hasRecordSet());
        QCOMPARE(records->dataset(), want.breaks.first().dataset);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(records->model()->rowCount()),
                                  qint64(want.breaks.first().recordIds.size()), 10000);
        QList<qint64> shown;
        for (int r = 0; r < records->model()->rowCount(); ++r) {
            const QModelIndex i = records->model()->index(r, 0);
            QVERIFY(QTest::qWaitFor([&] { return i.data(RecordTableModel::RecordIdRole).isValid(); }, 10000));
            shown << i.data(RecordTableModel::RecordIdRole).toLongLong();
        }
        std::sort(shown.begin(), shown.end());
        QList<qint64> wantIds = want.breaks.first().recordIds;
        std::sort(wantIds.begin(), wantIds.end());
        QCOMPARE(shown, wantIds);
    }

    void exportsWriteTheirFiles()
    {
        ScriptedMessageBoxes boxes;
        IpkPage page(*m_session, m_source);
        page.setPeriod(ReportPeriod::month(2025, 3));
        page.show();
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 3)));
        const qsizetype before = exportEntries(*m_session);

        ScriptedFileDialogs files;
        const QString csv = m_store.dir.filePath(u"ipk.csv"_qs);
        const QString xlsx = m_store.dir.filePath(u"ipk.xlsx"_qs);
        const QString pdf = m_store.dir.filePath(u"ipk"_qs); // no extension: the page adds it
        files.queuePath(csv);
        files.queuePath(xlsx);
        files.queuePath(pdf);
        page.findChild<QPushButton *>(u"exportCsvButton"_qs)->click();
        page.findChild<QPushButton *>(u"exportXlsxButton"_qs)->click();
        page.findChild<QPushButton *>(u"exportPdfButton"_qs)->click();
        QCOMPARE(files.calls(), 3);
        QVERIFY2(boxes.shown().isEmpty(), qPrintable(boxes.lastText()));

        QCOMPARE(test::readAll(csv), IpkExport::csvFile(*page.report(), u"id"_qs));
        XlsxReader reader(xlsx);
        QCOMPARE(reader.sheetNames().first(), IpkXlsx::sheetName(page.report()->tables.first().formId));
        QCOMPARE(reader.sheetNames().last(), u"Pemeriksaan"_qs);
        QVERIFY(test::readAll(pdf + u".pdf"_qs).startsWith("%PDF-"));
        QCOMPARE(exportEntries(*m_session), before + 3);

        // A cancelled dialog writes nothing and logs nothing.
        page.findChild<QPushButton *>(u"exportCsvButton"_qs)->click();
        QCOMPARE(exportEntries(*m_session), before + 3);
        // A folder that does not exist: a clear error, no entry.
        files.queuePath(m_store.dir.filePath(u"no/such/folder/ipk.csv"_qs));
        QVERIFY(!page.exportReport(u"csv"_qs));
        QCOMPARE(boxes.shown().size(), 1);
        QCOMPARE(exportEntries(*m_session), before + 3);
    }

    void showingThePageAgainPicksUpEdits()
    {
        IpkPage page(*m_session, m_source);
        page.setPeriod(ReportPeriod::month(2025, 3));
        page.show();
        QVERIFY(waitForReport(page, ReportPeriod::month(2025, 3)));
        const qint64 before = page.report()->table(u"III/1-AK"_qs)->total(u"registered_L"_qs);
        page.hide();
        {
            RecordsPage records(*m_session, nullptr, true);
            records.context()->service().create(u"pencari_kerja"_qs,
                                                {{u"no_pendaftaran"_qs, u"AK-7"_qs},
                                                 {u"nik"_qs, u"3373010101900007"_qs},
                                                 {u"nama"_qs, u"Warga 7"_qs},
                                                 {u"tanggal_lahir"_qs, QDate(1990, 1, 1)},
                                                 {u"jenis_kelamin"_qs, u"L"_qs},
                                                 {u"kode_kecamatan"_qs, u"33.73.01"_qs},
                                                 {u"pendidikan"_qs, u"3000"_qs},
                                                 {u"tanggal_daftar"_qs, QDate(2025, 3, 14)},
                                                 {u"berlaku_sampai"_qs, QDate(2027, 3, 14)},
                                                 {u"status"_qs, u"terdaftar"_qs}});
        }
        QSignalSpy ready(&page, &IpkPage::reportReady);
        page.show();
        QVERIFY(ready.wait(20000));
        QCOMPARE(page.report()->table(u"III/1-AK"_qs)->total(u"registered_L"_qs), before + 1);
        compareGrid(page, expected(ReportPeriod::month(2025, 3)));
    }

    // The rules set in Settings are the ones the tables use: cards that expired in 2027 stay in the stock
    // when only a removal by hand counts.
    void rulesSetInSettingsChangeTheTables()
    {
        const ReportPeriod later = ReportPeriod::month(2027, 6);
        const IpkReport byDefault = expected(later);
        ReportRulesPanel panel(*m_session);
        QCOMPARE(panel.shown(), ReportRules::fromSettings(*m_session));
        QVERIFY(!panel.saveButton()->isEnabled()); // nothing to save yet
        panel.monthsBox()->setValue(-1);
        QVERIFY(panel.saveButton()->isEnabled());
        panel.saveButton()->click();
        QCOMPARE(ReportRules::fromSettings(*m_session).removeMonthsAfterExpiry, -1);
        QVERIFY(!panel.saveButton()->isEnabled());

        const IpkReport manualOnly = expected(later);
        QVERIFY(manualOnly.tables.first().cells != byDefault.tables.first().cells);
        IpkPage page(*m_session, m_source);
        page.setPeriod(later);
        page.show();
        QVERIFY(waitForReport(page, later));
        compareGrid(page, manualOnly);

        panel.monthsBox()->setValue(0);
        panel.saveButton()->click();
        QCOMPARE(ReportRules::fromSettings(*m_session), ReportRules{});
    }

    void cleanupTestCase()
    {
        m_source.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestGuiIpk)
#include "tst_gui_ipk.moc"
