// The SMData screens against the real reference server on loopback: the Settings panel (saved only in the
// store, password never shown back, connection test on a worker thread with SMData's reason), and the
// outbox page in the main window (a built batch goes out with its progress shown and is accepted; the
// receipt verifies with the pinned key and not with another; a rejected batch's correction list opens the
// rejected record in the record grid).
// First: BatchBuilder.h names `Session` inside sinergi::smdata, which must not see smdata::Session (the
// SMData client's token pair, SmdataClient.h) yet.
#include "smdata/BatchBuilder.h"

#include "GuiTestHelpers.h"
#include "SandboxProcess.h"
#include "TestSupport.h"

#include "DataGenerator.h"
#include "RecordsFixture.h"
#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "common/ScriptedFileDialogs.h"
#include "common/ScriptedMessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "records/RecordTableModel.h"
#include "records/RecordsPage.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "settings/SettingsPage.h"
#include "settings/SmdataSettingsPanel.h"
#include "smdata/CorrectionsDialog.h"
#include "smdata/OutboxModel.h"
#include "smdata/OutboxPage.h"
#include "smdata/ReadinessDialog.h"
#include "smdata/ReceiptDialog.h"
#include "smdata/SmdataSettings.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {
const QString kMonth = u"2025-06"_qs;
const QStringList kImported{u"pemberi_kerja"_qs, u"pencari_kerja"_qs, u"lowongan"_qs, u"penempatan"_qs};
} // namespace

class TestGuiSmdata : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_datagen;
    RecordsFixture m_fx;
    std::unique_ptr<sinergi::Session> m_session;
    ScriptedFileDialogs m_dialogs;

    void approve(const QString &month)
    {
        const LabourSnapshot snapshot = LabourSnapshot::load(m_session->db());
        const IpkFormSet forms = IpkFormSet::loadDefault(m_fx.m_codes);
        const PeriodReview review = PeriodReview::gather(m_session->db(), m_fx.m_templates, snapshot, forms,
                                                         ReportRules::fromSettings(*m_session), month);
        PeriodApprovals(m_session->db())
            .approve(*m_session, month, u"Diperiksa"_qs, review, review.hasErrors());
    }
    void configure(const QString &password = u"sandbox-password"_qs)
    {
        smdata::SmdataSettings s;
        s.url = m_sandbox.baseUrl();
        s.username = u"admin.3373"_qs;
        s.password = password;
        s.caBundlePem = m_sandbox.caPem();
        s.receiptKeys = {m_sandbox.publicKey()};
        smdata::SmdataSettings::save(*m_session, s);
    }
    qint64 scalar(const QString &sql)
    {
        return m_session->db().scalar(sql.toUtf8().constData()).toLongLong();
    }
    static QString stateCell(OutboxPage *page, const QString &batchId)
    {
        const int row = page->model()->rowOf(batchId);
        return row < 0 ? QString() : page->model()->index(row, OutboxModel::State).data().toString();
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        FileDialogs::setInstance(&m_dialogs);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.error()));
        QVERIFY(m_datagen.isValid());
        datagen::DatagenConfig config;
        config.outDir = m_datagen.path();
        config.seed = 6;
        config.jobSeekers = 600;
        datagen::DataGenerator::run(config);
        m_session = m_fx.newStore();
        m_session->setSetting(u"office.regency"_qs, u"3373"_qs);
        QCOMPARE(m_fx.importFiles(*m_session, m_datagen.path(), kImported), QString());
        approve(kMonth);
        writeAll(m_datagen.filePath(u"ca.pem"_qs), m_sandbox.caPem());
        writeAll(m_datagen.filePath(u"junk.pem"_qs), "not a certificate");
    }

    void settingsPanelStoresAndTests()
    {
        SmdataSettingsPanel panel(*m_session);
        panel.show();
        // Bad input: a clear message, nothing stored.
        panel.urlEdit()->setText(u"http://127.0.0.1:1"_qs);
        panel.save();
        QVERIFY(panel.statusLabel()->text().contains(u"https://"_qs));
        QVERIFY(smdata::SmdataSettings::load(*m_session).url.isEmpty());
        m_dialogs.queuePath(m_datagen.filePath(u"junk.pem"_qs));
        panel.chooseCaFile();
        QVERIFY(panel.statusLabel()->text().contains(u"PEM"_qs));

        panel.urlEdit()->setText(m_sandbox.baseUrl());
        panel.usernameEdit()->setText(u"admin.3373"_qs);
        panel.passwordEdit()->setText(u"sandbox-password"_qs);
        m_dialogs.queuePath(m_datagen.filePath(u"ca.pem"_qs));
        panel.chooseCaFile();
        QVERIFY(panel.caLabel()->text().contains(u"CA bundle"_qs));
        panel.receiptKeysEdit()->setPlainText(QString::fromLatin1(m_sandbox.publicKey().toBase64()));
        panel.save();
        const smdata::SmdataSettings stored = smdata::SmdataSettings::load(*m_session);
        QCOMPARE(stored.url, m_sandbox.baseUrl());
        QCOMPARE(stored.password, u"sandbox-password"_qs);
        QCOMPARE(stored.caBundlePem, m_sandbox.caPem());
        QCOMPARE(stored.receiptKeys, QList<QByteArray>{m_sandbox.publicKey()});
        QVERIFY(panel.passwordEdit()->text().isEmpty()); // never shown back
        const QList<AuditEntry> audit = m_session->queryAudit({{}, u"smdata.settings_change"_qs});
        QCOMPARE(audit.size(), 5);
        for (const AuditEntry &e : audit)
            QVERIFY(!e.details.contains(u"sandbox-password"_qs));

        // The test logs in on a worker thread; the window keeps painting meanwhile.
        panel.testConnection();
        QVERIFY(panel.isTesting());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isTesting(), 20000);
        QVERIFY2(panel.statusLabel()->text().contains(u"admin.3373"_qs),
                 qPrintable(panel.statusLabel()->text()));
        // A wrong password typed in the form (not saved) is tested as typed and refused with SMData's reason.
        panel.passwordEdit()->setText(u"wrong"_qs);
        panel.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isTesting(), 20000);
        QVERIFY2(panel.statusLabel()->text().contains(u"refused"_qs),
                 qPrintable(panel.statusLabel()->text()));
        QCOMPARE(smdata::SmdataSettings::load(*m_session).password, u"sandbox-password"_qs);
    }

    void panelHidesTheAccountFromOtherRoles()
    {
        GuiStore store;
        auto admin = store.create();
        admin->createUser(u"ops"_qs, u"Operator"_qs, Role::Operator, u"Operator-Pass-2024"_qs);
        admin.reset();
        auto ops = sinergi::Session::login(store.where, u"ops"_qs, u"Operator-Pass-2024"_qs);
        SmdataSettingsPanel panel(*ops);
        QVERIFY(!panel.urlEdit());
        QVERIFY(panel.findChild<QLabel *>(u"smdataNoteLabel"_qs));
        MainWindow window(*ops);
        QVERIFY(!window.outboxPage());
    }

    void outboxPageSendsAndVerifiesTheReceipt()
    {
        configure();
        SandboxClient admin(m_sandbox.baseUrl(), m_sandbox.caPem());
        QCOMPARE(admin.setFaults({{u"latency_ms"_qs, 150}}).status, 200);
        smdata::BatchBuilder builder(*m_session);
        smdata::BatchBuilder::Options options;
        options.partSize = 16 * 1024;
        const smdata::BuiltBatch batch = builder.build(kMonth, options);
        builder.queue(batch);

        MainWindow window(*m_session);
        window.resize(1200, 700);
        window.show();
        OutboxPage *page = window.outboxPage();
        QVERIFY(page);
        QVERIFY(window.pageTitles().contains(page->windowTitle()));
        window.showPage(page);
        int maxShown = 0;
        QStringList states;
        connect(page->progressBar(), &QProgressBar::valueChanged, this, [&](int v) {
            maxShown = std::max(maxShown, v);
            states << stateCell(page, batch.batchId);
        });
        QSignalSpy updated(page, &OutboxPage::batchUpdated);
        QVERIFY(updated.wait(60000));
        QCOMPARE(stateCell(page, batch.batchId), u"accepted"_qs);
        QVERIFY(maxShown >= 2);
        QVERIFY2(states.contains(u"sending 1/%1"_qs.arg(page->progressBar()->maximum())),
                 qPrintable(states.join(u',')));
        QCOMPARE(admin.setFaults({{u"clear"_qs, true}}).status, 200);

        page->selectBatch(batch.batchId);
        QVERIFY(page->receiptButton()->isEnabled());
        QVERIFY(!page->correctionsButton()->isEnabled());
        page->showReceipt();
        auto *dialog = page->findChild<ReceiptDialog *>();
        QVERIFY(dialog);
        dialog->verify();
        QVERIFY(dialog->verified());
        dialog->close();
        // With another key pinned, the same receipt does not verify.
        ReceiptDialog other(*smdata::Outbox(m_session->db()).find(batch.batchId), {QByteArray(32, 'k')});
        other.verify();
        QVERIFY(!other.verified());
        QVERIFY(!other.resultLabel()->text().isEmpty());
        window.shutDownBackgroundWork();
    }

    void buildBatchOpensTheReadinessReportAndSendsWhatItQueues()
    {
        configure();
        MainWindow window(*m_session);
        window.show();
        OutboxPage *page = window.outboxPage();
        const int before = page->model()->rowCount();
        page->monthEdit()->setDate(QDate(2025, 6, 1));
        ReadinessDialog *dialog = page->buildBatch();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBuilding(), 60000);
        QVERIFY(dialog->batch());
        QSignalSpy queued(dialog, &ReadinessDialog::queued);
        dialog->queueButton()->click();
        QCOMPARE(queued.size(), 1);
        const QString id = queued.first().at(0).toString();
        QTRY_COMPARE(page->model()->rowCount(), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(page, id), u"accepted"_qs, 60000);
        window.shutDownBackgroundWork();
    }

    void keyRotationPausesTheSenderAndItSendsAfterwards()
    {
        configure();
        ScriptedMessageBoxes boxes;
        MessageBoxes::setInstance(&boxes);
        MainWindow window(*m_session);
        window.show();
        OutboxPage *page = window.outboxPage();
        QVERIFY(page->isSenderRunning());
        boxes.queueAnswer(true);
        window.settingsPage()->rotateDataKey();
        QVERIFY(window.settingsPage()->isRotating());
        QVERIFY(!page->isSenderRunning()); // no connection to the file being replaced
        QTRY_VERIFY_WITH_TIMEOUT(!window.settingsPage()->isRotating(), 60000);
        QVERIFY(page->isSenderRunning());
        // The new sender writes to the re-encrypted store: a batch queued now is accepted and stays so.
        smdata::BatchBuilder builder(*m_session);
        const smdata::BuiltBatch batch = builder.build(kMonth);
        builder.queue(batch);
        page->wakeSender();
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(page, batch.batchId), u"accepted"_qs, 60000);
        window.shutDownBackgroundWork();
        QCOMPARE(smdata::Outbox(m_session->db()).find(batch.batchId)->state, smdata::OutboxState::Accepted);
        MessageBoxes::setInstance(nullptr);
    }

    void correctionListOpensTheRejectedRecord()
    {
        configure();
        // A record changed outside Sinergi after validation: the builder sends it, SMData finds the code
        // wrong.
        const qint64 tampered =
            scalar(u"SELECT min(_id) FROM rec_pencari_kerja WHERE _deleted = 0 AND "
                   "tanggal_daftar LIKE '2025-06-%' AND _id NOT IN (SELECT record_id FROM "
                   "record_problems WHERE severity = 0)"_qs);
        QVERIFY(tampered > 0);
        const auto setSex = [&](const char *code) {
            m_session->db().exec(u"UPDATE rec_pencari_kerja SET jenis_kelamin = '%1' WHERE _id = %2"_qs
                                     .arg(QLatin1String(code))
                                     .arg(tampered)
                                     .toUtf8()
                                     .constData());
        };
        setSex("Q");
        smdata::BatchBuilder builder(*m_session);
        const smdata::BuiltBatch batch = builder.build(kMonth);
        setSex("L");
        builder.queue(batch);

        MainWindow window(*m_session);
        window.resize(1200, 700);
        window.show();
        OutboxPage *page = window.outboxPage();
        QTRY_COMPARE_WITH_TIMEOUT(stateCell(page, batch.batchId), u"rejected"_qs, 60000);
        page->selectBatch(batch.batchId);
        QVERIFY(page->correctionsButton()->isEnabled());
        page->showCorrections();
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<CorrectionsDialog *>(), 20000);
        auto *dialog = page->findChild<CorrectionsDialog *>();
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->table()->item(0, 0)->text(), u"pencari_kerja"_qs);
        QCOMPARE(dialog->table()->item(0, 2)->text(), QString::number(tampered));
        QCOMPARE(dialog->table()->item(0, 3)->text(), u"jenis_kelamin"_qs);
        auto *open = dialog->findChild<QPushButton *>(u"openRecords_pencari_kerja"_qs);
        QVERIFY(open);
        open->click();
        RecordsPage *records = window.recordsPage();
        QCOMPARE(window.currentPage(), records);
        QVERIFY(records->hasRecordSet());
        QCOMPARE(records->dataset(), u"pencari_kerja"_qs);
        QVERIFY(records->recordSetCaption().contains(kMonth));
        QTRY_COMPARE_WITH_TIMEOUT(records->model()->rowCount(), 1, 10000);
        QTRY_COMPARE(records->model()->index(0, 0).data(RecordTableModel::RecordIdRole).toLongLong(),
                     tampered);
        window.shutDownBackgroundWork();
    }
};

QTEST_MAIN(TestGuiSmdata)
#include "tst_gui_smdata.moc"
