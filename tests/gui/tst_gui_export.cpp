// Export from the records page and the reference-list section of the settings, on real stores: the
// personal-data question (declined, answered without, answered with confirmation), the file, the audit
// entry; loading a newer code list as an administrator, a malformed one, and the button for others.
#include "GuiTestHelpers.h"
#include "TestSupport.h"
#include "common/ScriptedFileDialogs.h"
#include "common/ScriptedMessageBoxes.h"
#include "records/ExportPiiDialog.h"
#include "records/RecordExportFlow.h"
#include "records/RecordService.h"
#include "records/RecordTableModel.h"
#include "records/RecordsContext.h"
#include "records/RecordsPage.h"
#include "settings/ReferenceListsPanel.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {

const QString kDataset = u"pencari_kerja"_qs;

void seed(RecordService &service)
{
    const QDate registered = QDate::currentDate().addDays(-30);
    for (int i = 1; i <= 3; ++i) {
        service.create(kDataset, {{u"no_pendaftaran"_qs, QStringLiteral("AK1-00%1").arg(i)},
                                  {u"nik"_qs, QStringLiteral("337401120395000%1").arg(i)},
                                  {u"nama"_qs, QStringLiteral("Warga Contoh %1").arg(i)},
                                  {u"tanggal_lahir"_qs, QDate(1995, 3, 12)},
                                  {u"jenis_kelamin"_qs, u"L"_qs},
                                  {u"kode_kecamatan"_qs, u"33.74.01"_qs},
                                  {u"pendidikan"_qs, u"5000"_qs},
                                  {u"tanggal_daftar"_qs, registered},
                                  {u"berlaku_sampai"_qs, registered.addYears(2)},
                                  {u"status"_qs, u"terdaftar"_qs}});
    }
}

qsizetype exportEntries(Session &s)
{
    AuditFilter f;
    f.actionPrefix = u"records.export"_qs;
    return s.audit().query(f).size();
}

} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT

    void exportWith(RecordsPage &page, const QString &path, ExportPiiDialog::Choice answer, bool tick)
    {
        ScriptedFileDialogs files;
        files.queuePath(path);
        RecordExportFlow::setPiiDialogRunner([answer, tick](ExportPiiDialog &d) {
            // The button for personal data stays disabled until the confirmation is ticked.
            if (d.withPiiButton()->isEnabled())
                qFatal("export with personal data possible without confirmation");
            d.confirmCheck()->setChecked(tick);
            if (answer == ExportPiiDialog::WithPii)
                d.withPiiButton()->click();
            else if (answer == ExportPiiDialog::WithoutPii)
                d.withoutPiiButton()->click();
            else
                d.reject();
            return d.result();
        });
        page.findChild<QPushButton *>(u"exportButton"_qs)->click();
        RecordExportFlow::setPiiDialogRunner({});
    }

private slots:
    void initTestCase() { isolateSettings(); }

    void exportAsksAboutPersonalData()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.show();
        seed(page.context()->service());
        page.applyQuery();
        QCOMPARE(page.model()->rowCount(), 3);

        // Declined: nothing written, nothing audited.
        const QString declined = store.dir.filePath(u"declined.csv"_qs);
        exportWith(page, declined, ExportPiiDialog::Cancelled, false);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(declined));
        QCOMPARE(exportEntries(*session), 0);

        // Without personal data.
        const QString plain = store.dir.filePath(u"plain.csv"_qs);
        exportWith(page, plain, ExportPiiDialog::WithoutPii, false);
        QTRY_VERIFY(boxes.lastText().contains(u"plain.csv"));
        QVERIFY(!test::readAll(plain).contains("3374011203950001"));
        QVERIFY(!test::readAll(plain).contains("Warga Contoh"));
        QCOMPARE(exportEntries(*session), 1);

        // With personal data, confirmed: the NIK is in the file, as text in XLSX.
        boxes.clear();
        const QString full = store.dir.filePath(u"full.xlsx"_qs);
        exportWith(page, full, ExportPiiDialog::WithPii, true);
        QTRY_VERIFY(boxes.lastText().contains(u"full.xlsx"));
        QVERIFY(QFile::exists(full));
        QCOMPARE(exportEntries(*session), 2);
    }

    void referenceListsPanel()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        ReferenceListsPanel panel(*session);
        const int before = panel.table()->rowCount();
        QVERIFY(before > 10);
        QVERIFY(panel.findChild<QPushButton *>(u"referenceLoadButton"_qs)->isEnabled());

        const QString bad = store.dir.filePath(u"bad.json"_qs);
        test::writeAll(bad, "{\"id\": \"agama\", \"version\": \"2\", \"entries\": []}");
        QVERIFY(!panel.loadFile(bad));
        QCOMPARE(boxes.shown().last().kind, ScriptedMessageBoxes::Kind::Warning);
        QCOMPARE(panel.table()->rowCount(), before);

        QFile shipped(u":/codelists/agama.json"_qs);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray newer = shipped.readAll();
        newer.replace("\"version\": \"1\"", "\"version\": \"2\"");
        const QString good = store.dir.filePath(u"agama-2.json"_qs);
        test::writeAll(good, newer);
        QVERIFY(panel.loadFile(good));
        QCOMPARE(panel.table()->rowCount(), before + 1);
        bool found = false;
        for (int r = 0; r < panel.table()->rowCount(); ++r)
            found = found || (panel.table()->item(r, 1)->text() == u"2" &&
                              panel.table()->item(r, 0)->text().contains(u"(agama)"));
        QVERIFY(found);

        session->createUser(u"wali"_qs, u"Wali Data"_qs, Role::Walidata, u"Melati-Pagi-01"_qs);
        session.reset();
        auto wali = Session::login(store.where, u"wali"_qs, u"Melati-Pagi-01"_qs);
        ReferenceListsPanel walis(*wali);
        QVERIFY(!walis.findChild<QPushButton *>(u"referenceLoadButton"_qs)->isEnabled());
        QCOMPARE(walis.table()->rowCount(), before + 1);
    }
};

QTEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"
