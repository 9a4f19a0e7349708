// The problems panel beside the record grid on a real store: groups by rule with their record counts,
// the quality figures, "Validate again" on its worker thread, and the jump from a problem to its record.
#include "GuiTestHelpers.h"

#include "common/ScriptedMessageBoxes.h"
#include "datasets/TemplateRegistry.h"
#include "importing/ImportFilePage.h"
#include "importing/ImportRunPage.h"
#include "importing/ImportWizard.h"
#include "importing/Importer.h"
#include "quality/ProblemsModel.h"
#include "quality/QualitySummary.h"
#include "quality/ValidationRunner.h"
#include "records/ProblemsPanel.h"
#include "records/RecordService.h"
#include "records/RecordTableModel.h"
#include "records/RecordsContext.h"
#include "records/RecordsPage.h"
#include "records/SecondaryIndexes.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sinergi;
using namespace sinergi::test;

namespace {
const QString kDataset = u"pencari_kerja"_qs;

// Every live seeker's stored problem counts, in id order: what a cancelled job must leave untouched.
QString errorCounts(Session &session)
{
    auto s = session.db().prepare(
        "SELECT group_concat(e || '/' || w, ' ') FROM (SELECT coalesce(c.errors, 0) AS e, "
        "coalesce(c.warnings, 0) "
        "AS w FROM rec_pencari_kerja AS r LEFT JOIN counts_pencari_kerja AS c ON c._id = r._id "
        "WHERE r._deleted = 0 ORDER BY r._id)");
    return s.step() ? s.text(0) : QString();
}

QVariantMap seeker(int n)
{
    const QDate registered = QDate::currentDate().addDays(-30); // no report due yet
    return {{u"no_pendaftaran"_qs, QStringLiteral("AK1-%1").arg(n, 3, 10, QLatin1Char('0'))},
            {u"nik"_qs, QStringLiteral("337401120395%1").arg(n, 4, 10, QLatin1Char('0'))},
            {u"nama"_qs, QStringLiteral("Pencari %1").arg(n)},
            {u"tanggal_lahir"_qs, QDate(1995, 3, 12)},
            {u"jenis_kelamin"_qs, u"L"_qs},
            {u"kode_kecamatan"_qs, u"33.74.01"_qs},
            {u"pendidikan"_qs, u"5000"_qs},
            {u"tanggal_daftar"_qs, registered},
            {u"berlaku_sampai"_qs, registered.addYears(2)},
            {u"status"_qs, u"terdaftar"_qs}};
}
// The problems panel's pii.view entries naming the record (its fields list is the label's: number and name).
int panelPiiViews(Session &session, qint64 id)
{
    auto s = session.db().prepare("SELECT details FROM audit WHERE action = 'pii.view' AND details LIKE "
                                  "'{\"fields\":[\"no_pendaftaran\",\"nama\"],%'");
    int n = 0;
    while (s.step()) {
        const QJsonArray ids =
            QJsonDocument::fromJson(s.text(0).toUtf8()).object().value(u"ids"_qs).toArray();
        n += ids.contains(QJsonValue(id));
    }
    return n;
}
// A job-seeker CSV big enough for the importer's bulk path (secondary indexes left for afterwards):
// `rows` valid AK/I cards AK1-000001..., except that row `womanRow` says P where the NIK says male.
bool writeBigSeekerFile(const QString &path, int rows, int womanRow = 0)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,tanggal_daftar,"
            "berlaku_sampai,status\r\n");
    for (int i = 1; i <= rows; ++i)
        f.write(QStringLiteral("AK1-%1,3373011705980001,Nama %1,1998-05-17,%2,33.73.01,3000,2025-01-10,"
                               "2027-01-10,terdaftar\r\n")
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(i == womanRow ? u"P"_qs : u"L"_qs)
                    .toUtf8());
    return f.flush();
}

// Runs the records page's import wizard on `path` to its end with the default mapping, into `dataset` (empty:
// the wizard's preselected dataset). Check QTest::currentTestFailed() afterwards.
void importThroughWizard(ImportWizard *w, const QString &path, const QString &dataset = {})
{
    QVERIFY(w);
    if (!dataset.isEmpty())
        w->filePage()->datasetCombo()->setCurrentIndex(w->filePage()->datasetCombo()->findData(dataset));
    w->filePage()->setPath(path);
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    for (int step = 0; step < 4; ++step)
        w->next();
    QCOMPARE(w->currentId(), int(ImportWizard::RunPageId));
    QVERIFY(QTest::qWaitFor([&] { return w->runPage()->isComplete(); }, 60000));
    QVERIFY2(w->runPage()->report() && w->runPage()->report()->committed,
             qPrintable(w->runPage()->errorText()));
}

} // namespace

class TestGuiProblems : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void panelGroupsValidatesAndJumps()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.resize(1300, 600);
        page.show();
        RecordService &service = page.context()->service();
        qint64 missing = 0;
        for (int n = 1; n <= 40; ++n) {
            QVariantMap v = seeker(n);
            if (n == 17 || n == 33)
                v.remove(u"pendidikan"_qs); // required value missing
            const qint64 id = service.create(kDataset, v);
            if (n == 33)
                missing = id;
        }
        // A placement for job seeker 5, who is still "terdaftar": only the full validation can see it.
        service.create(u"penempatan"_qs, {{u"no_pendaftaran"_qs, u"AK1-005"_qs},
                                          {u"jenis_penempatan"_qs, u"AKL"_qs},
                                          {u"tanggal_penempatan"_qs, QDate::currentDate()},
                                          {u"nama_pemberi_kerja"_qs, u"PT Contoh"_qs}});
        page.applyQuery();
        ProblemsPanel *panel = page.problemsPanel();
        QVERIFY(panel);
        panel->refresh();
        QCOMPARE(panel->dataset(), kDataset);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->index(0, 0).data(ProblemsModel::RuleIdRole).toString(), u"required"_qs);
        QCOMPARE(panel->model()->index(0, ProblemsModel::CountColumn).data().toLongLong(), 2);
        // The figures shown are QualitySummary's: validity 38 of 40 records, completeness 2 values short.
        const QualitySummary q =
            QualitySummary::compute(session->db(), *page.context()->templates().find(kDataset));
        QCOMPARE(q.records, qint64(40));
        QCOMPARE(q.validRecords, qint64(38));
        QCOMPARE(q.expectedValues - q.filledValues, qint64(2));
        const QStringList figures = panel->qualityText().split(u'\n');
        QCOMPARE(figures.size(), 3);
        QVERIFY2(figures.at(1).endsWith(QLocale().toString(95.0, 'f', 1) + u" %"_qs),
                 qPrintable(figures.at(1)));
        QVERIFY(figures.at(0).endsWith(QLocale().toString(*q.completeness() * 100.0, 'f', 1) + u" %"_qs));
        QVERIFY(figures.at(2).endsWith(QLocale().toString(*q.timeliness() * 100.0, 'f', 1) + u" %"_qs));

        // Cancelled at once: the job rolls back, the problems and counts stay as they were (no placement
        // rule).
        const QString countsBefore = errorCounts(*session);
        QSignalSpy done(panel, &ProblemsPanel::validationFinished);
        QVERIFY(panel->validateAgain());
        QVERIFY(!panel->validateAgain()); // one job at a time
        panel->cancelValidation();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(errorCounts(*session), countsBefore);
        QCOMPARE(session->db()
                     .scalar("SELECT count(*) FROM record_problems WHERE dataset = 'pencari_kerja'")
                     .toInt(),
                 2);

        // Validate again: runs on its worker, the panel then shows the placement rule as well.
        QVERIFY(panel->validateAgain());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        QStringList rules;
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            rules << panel->model()->index(r, 0).data(ProblemsModel::RuleIdRole).toString();
        QCOMPARE(rules, (QStringList{u"ditempatkan_masih_aktif"_qs, u"required"_qs}));
        QCOMPARE(panel->model()->index(0, ProblemsModel::CountColumn).data().toLongLong(), 1);
        QCOMPARE(panel->model()->index(1, ProblemsModel::CountColumn).data().toLongLong(), 2);
        QVERIFY(errorCounts(*session) != countsBefore); // seeker 5's counts were rewritten

        // Expand "required" and double-click its second record: the grid selects it, even after a search
        // had hidden it.
        page.findChild<QLineEdit *>(u"searchEdit"_qs)->setText(u"Pencari 1"_qs);
        page.applyQuery();
        QVERIFY(page.model()->rowCount() < 40);
        const QModelIndex group = panel->model()->index(1, 0);
        panel->tree()->expand(group);
        QTRY_COMPARE(panel->model()->rowCount(group), 2);
        const QModelIndex record = panel->model()->index(1, 0, group);
        QCOMPARE(record.data(ProblemsModel::RecordIdRole).toLongLong(), missing);
        // Named by registration number and name, read with the page; an admin sees them, and the panel logs
        // that page like the grid logs its pages.
        QCOMPARE(record.data().toString(), u"AK1-033 — Pencari 33"_qs);
        QCOMPARE(panel->model()->index(0, 0, group).data().toString(), u"AK1-017 — Pencari 17"_qs);
        QTRY_COMPARE(panelPiiViews(*session, missing), 1);
        QTreeView *tree = panel->tree();
        tree->scrollTo(record);
        const QRect rect = tree->visualRect(record);
        QSignalSpy activated(panel, &ProblemsPanel::recordActivated);
        QVERIFY(tree->viewport()->rect().contains(rect.center()));
        // A press selects the row first, as with a real double-click (the view activates the pressed index).
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 1); // once, not twice (activated and doubleClicked)
        QCOMPARE(activated.first().first().toLongLong(), missing);
        QTRY_COMPARE(page.selectedId(), missing);
        QCOMPARE(page.model()->rowCount(), 40); // back to the default view

        // A deleted record is not jumped to.
        service.remove(kDataset, missing);
        QVERIFY(!page.goToRecord(missing));
    }

    // An import through the records page's wizard is followed by the validation job: the panel lists the
    // imported rows' problems, and the job seekers are re-checked against the imported placements.
    void importFromThePageValidates()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.resize(1300, 600);
        page.show();
        RecordService &service = page.context()->service();
        for (int n = 1; n <= 3; ++n)
            service.create(kDataset, seeker(n));
        page.applyQuery();
        ProblemsPanel *panel = page.problemsPanel();
        QCOMPARE(panel->model()->rowCount(), 0);

        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"penempatan.csv"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("no_pendaftaran,jenis_penempatan,tanggal_penempatan,nama_pemberi_kerja\r\n"
                "AK1-002,AKL,2025-10-01,PT Contoh Sejahtera\r\n");
        f.close();

        QSignalSpy done(panel, &ProblemsPanel::validationFinished);
        ImportWizard *w = page.openImportWizard();
        importThroughWizard(w, path, u"penempatan"_qs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        w->accept();

        // The page now shows the placements; their problems are current (none: AK1-002 exists)...
        QCOMPARE(page.dataset(), u"penempatan"_qs);
        QCOMPARE(panel->model()->rowCount(), 0);
        // ...and the job seeker placed while still active got the problem the import made true.
        auto s = session->db().prepare(
            "SELECT p.rule, r.no_pendaftaran FROM record_problems p JOIN "
            "rec_pencari_kerja r ON r._id = p.record_id WHERE p.dataset = 'pencari_kerja'");
        QVERIFY(s.step());
        QCOMPARE(s.text(0), u"ditempatkan_masih_aktif"_qs);
        QCOMPARE(s.text(1), u"AK1-002"_qs);
        QVERIFY(!s.step());
        page.setDataset(kDataset);
        QCOMPARE(panel->model()->rowCount(), 1);
    }

    // A big import from the window commits without the search and sort indexes; the validation that
    // follows builds them first, so afterwards the store has every index again.
    void bigImportFromThePageBuildsTheIndexesAfter()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        RecordsPage page(*session, nullptr, true);
        page.resize(1300, 600);
        page.show();
        ProblemsPanel *panel = page.problemsPanel();

        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"pencari_kerja.csv"_qs);
        QVERIFY(writeBigSeekerFile(path, 25000));

        QSignalSpy done(panel, &ProblemsPanel::validationFinished);
        QSignalSpy indexing(panel->runner(), &ValidationRunner::buildingIndexes);
        QStringList statuses; // what the panel said while the indexes were built
        // Connected after the panel's own slot, so this runs once the panel has updated its text; the panel
        // is the context, so nothing is left connected once the page is gone.
        connect(panel->runner(), &ValidationRunner::buildingIndexes, panel,
                [&] { statuses << panel->findChild<QLabel *>(u"validationStatus"_qs)->text(); });
        ImportWizard *w = page.openImportWizard();
        importThroughWizard(w, path);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w->runPage()->report()->inserted, 25000);
        QVERIFY(w->runPage()->report()->indexesPending);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), false);
        w->accept();
        // The panel said what it was doing: 0 of 7 built, ... 7 of 7.
        const int secondary = static_cast<int>(page.context()->templates().find(kDataset)->indexes().size());
        QCOMPARE(indexing.size(), secondary + 1);
        QCOMPARE(indexing.first().at(0).toInt(), 0);
        QCOMPARE(indexing.last().at(0).toInt(), secondary);
        QCOMPARE(indexing.last().at(1).toInt(), secondary);
        QVERIFY(!statuses.isEmpty());
        QVERIFY2(statuses.first().contains(QStringLiteral("(1 of %1)").arg(secondary)),
                 qPrintable(statuses.first()));
        const DatasetTemplate &tpl = *page.context()->templates().find(kDataset);
        QVERIFY(secondaryindexes::missing(session->db(), tpl).isEmpty());
        QCOMPARE(session->db().scalar("SELECT count(*) FROM rec_pencari_kerja").toInt(), 25000);
    }

    // The program ended after a big import's commit but before the validation that follows it (the
    // secondary indexes still missing, no findings listed): the next records page runs that follow-up by
    // itself. A store without missing indexes starts nothing when the page opens.
    void interruptedImportIsFinishedWhenThePageOpens()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        {
            RecordsPage first(*session, nullptr, true);
            QVERIFY(!first.problemsPanel()->runner()->isRunning());
        }
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"pencari_kerja.csv"_qs);
        QVERIFY(writeBigSeekerFile(path, 25000, 7)); // row 7: the NIK says male
        {
            RecordsContext context(*session);
            Importer importer(*session, context.templates(), context.validator(), &context.codeLists(),
                              &context.regions());
            ImportOptions o;
            o.dataset = kDataset;
            o.path = path;
            o.deferSecondaryIndexes = true;
            const ImportReport r = importer.run(o);
            QVERIFY(r.committed);
            QVERIFY(r.indexesPending);
            QCOMPARE(r.withErrors, 1);
        } // ... and the program ends here
        const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
        const DatasetTemplate &tpl = *templates.find(kDataset);
        QVERIFY(!secondaryindexes::missing(session->db(), tpl).isEmpty());
        QCOMPARE(session->db().scalar("SELECT count(*) FROM record_problems").toInt(), 0);

        RecordsPage page(*session, nullptr, true);
        page.resize(1300, 600);
        page.show();
        ProblemsPanel *panel = page.problemsPanel();
        QVERIFY(panel->runner()->isRunning());
        QSignalSpy done(panel, &ProblemsPanel::validationFinished);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(secondaryindexes::missing(session->db(), tpl).isEmpty());
        QVERIFY(session->db().scalar("SELECT count(*) FROM record_problems WHERE rule = 'nik'").toInt() >= 1);
        // Nothing left to finish: a page opened now starts nothing.
        RecordsPage again(*session, nullptr, true);
        QVERIFY(!again.problemsPanel()->runner()->isRunning());
    }

    // Closing the records page while its validation runs: the job reads the page's templates and code
    // lists, so it is cancelled and waited for before they go (this crashed once).
    void closingThePageWhileValidating()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        auto page = std::make_unique<RecordsPage>(*session, nullptr, true);
        for (int n = 1; n <= 300; ++n)
            page->context()->service().create(kDataset, seeker(n));
        QVERIFY(page->problemsPanel()->validateAgain());
        page.reset();
        QCOMPARE(session->db().scalar("SELECT count(*) FROM rec_pencari_kerja").toInt(), 300);
    }

    void viewerCannotValidate()
    {
        GuiStore store;
        qint64 incomplete = 0;
        {
            std::unique_ptr<Session> admin = store.create();
            admin->createUser(u"tamu"_qs, u"Tamu"_qs, Role::Viewer, u"Kunci-Lihat-2024-x"_qs);
            RecordsPage page(*admin, nullptr, true);
            QVariantMap v = seeker(4);
            v.remove(u"pendidikan"_qs);
            incomplete = page.context()->service().create(kDataset, v);
        }
        std::unique_ptr<Session> viewer = Session::login(store.where, u"tamu"_qs, u"Kunci-Lihat-2024-x"_qs);
        RecordsPage page(*viewer, nullptr, true);
        ProblemsPanel *panel = page.problemsPanel();
        QVERIFY(panel);
        QVERIFY(!panel->validateAgain()); // the job rewrites problem counts: EditRecords only
        QVERIFY(!panel->runner()->isRunning());

        // The records are listed masked as in the grid: the registration number is PII and its mask keeps
        // nothing, so the id names the record; the name keeps its initial. Nothing to log.
        panel->setDataset(kDataset);
        QCOMPARE(panel->model()->rowCount(), 1);
        const QModelIndex group = panel->model()->index(0, 0);
        panel->tree()->expand(group);
        QTRY_COMPARE(panel->model()->rowCount(group), 1);
        const QString label = panel->model()->index(0, 0, group).data().toString();
        QCOMPARE(label,
                 QCoreApplication::translate("sinergi::ProblemRecordLabel", "Record %1").arg(incomplete) +
                     u" — P***"_qs);
        QVERIFY(!label.contains(u"AK1-"_qs));
        QTest::qWait(50);
        QCOMPARE(panelPiiViews(*viewer, incomplete), 0);
    }
};

QTEST_MAIN(TestGuiProblems)
#include "tst_gui_problems.moc"
