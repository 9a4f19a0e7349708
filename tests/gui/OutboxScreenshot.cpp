// BatchBuilder.h names `Session` inside sinergi::smdata, which must not see smdata::Session (SmdataClient.h).
#include "smdata/BatchBuilder.h"

#include "OutboxScreenshot.h"
#include "SandboxProcess.h"

#include "DataGenerator.h"
#include "DatagenConfig.h"
#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RegionCatalog.h"
#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"
#include "importing/Importer.h"
#include "mainwindow/MainWindow.h"
#include "records/DatasetSchema.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "session/Session.h"
#include "settings/SettingsPage.h"
#include "settings/SmdataSettingsPanel.h"
#include "smdata/OutboxModel.h"
#include "smdata/OutboxPage.h"
#include "smdata/SmdataSettings.h"

#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace sinergi;

bool outboxScreenshot(const QString &dir, const std::function<void(QWidget *, const QString &)> &save)
{
    datagen::DatagenConfig cfg;
    cfg.outDir = dir + u"/csv"_qs;
    cfg.seed = 42;
    cfg.jobSeekers = 800;
    datagen::DataGenerator::run(cfg);
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    const FieldValidator fields(&codes, &regions);
    const RecordValidator validator(fields, RuleRegistry::standard());
    std::unique_ptr<sinergi::Session> session =
        std::move(sinergi::Session::initialize(StoreLocation{dir + u"/store"_qs}, u"admin.disnaker"_qs,
                                               u"Admin Disnaker"_qs, u"Kantor-Disnaker-2024"_qs)
                      .session);
    DatasetSchema::sync(session->db(), templates);
    session->setSetting(u"office.regency"_qs, u"33.73"_qs);
    Importer importer(*session, templates, validator, &codes, &regions);
    for (const char *dataset : {"pemberi_kerja", "pencari_kerja", "lowongan", "penempatan"}) {
        ImportOptions o;
        o.dataset = QString::fromLatin1(dataset);
        o.path = cfg.outDir + u'/' + o.dataset + u".csv"_qs;
        importer.run(o);
    }
    const LabourSnapshot snapshot = LabourSnapshot::load(session->db());
    for (const QString month : {u"2025-04"_qs, u"2025-05"_qs, u"2025-06"_qs}) {
        const PeriodReview review =
            PeriodReview::gather(session->db(), templates, snapshot, IpkFormSet::loadDefault(codes),
                                 ReportRules::fromSettings(*session), month);
        PeriodApprovals(session->db())
            .approve(*session, month, u"Diperiksa bersama kepala bidang"_qs, review, review.hasErrors());
    }

    SandboxProcess sandbox;
    if (!sandbox.start()) {
        QTextStream(stderr) << "the SMData sandbox did not start: " << sandbox.error() << "\n";
        return false;
    }
    smdata::SmdataSettings settings;
    settings.url = sandbox.baseUrl();
    settings.username = u"admin.3373"_qs;
    settings.password = u"sandbox-password"_qs;
    settings.caBundlePem = sandbox.caPem();
    settings.receiptKeys = {sandbox.publicKey()};
    smdata::SmdataSettings::save(*session, settings);

    smdata::BatchBuilder builder(*session);
    builder.queue(builder.build(u"2025-04"_qs));
    // May: a record changed outside Sinergi after validation, which SMData rejects.
    const qint64 tampered = session->db()
                                .scalar("SELECT min(_id) FROM rec_pencari_kerja WHERE _deleted = 0 AND "
                                        "tanggal_daftar LIKE '2025-05-%' AND _id NOT IN "
                                        "(SELECT record_id FROM record_problems WHERE severity = 0)")
                                .toLongLong();
    const auto setSex = [&](const char *code) {
        session->db().exec(
            u"UPDATE rec_pencari_kerja SET jenis_kelamin = '%1' WHERE _id = %2"_qs.arg(QLatin1String(code))
                .arg(tampered)
                .toUtf8()
                .constData());
    };
    setSex("Q");
    smdata::BuiltBatch may = builder.build(u"2025-05"_qs);
    setSex("L");
    builder.queue(may);

    bool ok = false;
    {
        MainWindow window(*session);
        window.resize(1366, 768);
        window.show();
        OutboxPage *page = window.outboxPage();
        window.showPage(page);
        const auto stateOf = [page](int row) {
            return page->model()->index(row, OutboxModel::State).data().toString();
        };
        ok = QTest::qWaitFor(
            [&] {
                return page->model()->rowCount() == 2 && page->model()->batchAt(0)->finished() &&
                       page->model()->batchAt(1)->finished();
            },
            60000);
        // June goes out slowly (the sandbox waits 400 ms per answer) in small parts: caught half-way.
        SandboxClient admin(sandbox.baseUrl(), sandbox.caPem());
        admin.setFaults({{u"latency_ms"_qs, 400}});
        smdata::BatchBuilder::Options small;
        small.partSize = 8 * 1024;
        const smdata::BuiltBatch june = builder.build(u"2025-06"_qs, small);
        builder.queue(june);
        page->wakeSender();
        ok = ok && QTest::qWaitFor(
                       [&] {
                           return page->progressBar()->isVisible() &&
                                  page->progressBar()->value() * 2 >= page->progressBar()->maximum();
                       },
                       60000);
        page->selectBatch(june.batchId);
        QTest::qWait(200);
        if (ok)
            save(&window, u"outbox"_qs);
        // The SMData section of Settings (filled above), scrolled into view.
        if (auto *panel = window.settingsPage()->findChild<SmdataSettingsPanel *>()) {
            window.showPage(window.settingsPage());
            if (auto *scroll = window.settingsPage()->findChild<QScrollArea *>())
                scroll->ensureWidgetVisible(panel->saveButton(), 0, 20);
            QTest::qWait(200);
            save(&window, u"settings-smdata"_qs);
        }
        else
            QTextStream(stderr) << "the outbox did not reach the expected states: " << stateOf(0) << ", "
                                << stateOf(1) << "\n";
        window.shutDownBackgroundWork();
    }
    session.reset();
    return ok;
}
