// sinergi-screenshots: renders the main windows offscreen, in Indonesian, into PNG files for the user
// guide and for reviewing layouts (clipping, overlaps, untranslated text). Not a test: run it through
// tools/screenshots.sh <build dir>.
#include "DataGenerator.h"
#include "DatagenConfig.h"
#include "OutboxScreenshot.h"
#include "approval/PeriodApprovalPage.h"
#include "approval/PeriodDecisionDialog.h"
#include "audit/AuditPage.h"
#include "smdata/ReadinessDialog.h"
#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"
#include "reports/IpkFormSet.h"
#include "reports/LabourSnapshot.h"
#include "reports/ReportRules.h"
#include "dashboard/DashboardChartView.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardTile.h"
#include "datasets/CodeListRegistry.h"
#include "datasets/FieldValidator.h"
#include "datasets/RecordValidator.h"
#include "datasets/RuleRegistry.h"
#include "importing/Importer.h"
#include "records/DatasetSchema.h"
#include "common/AppSettings.h"
#include "common/ScriptedMessageBoxes.h"
#include "common/Translations.h"
#include "login/LoginDialog.h"
#include "datasets/RegionCatalog.h"
#include "importing/ImportFilePage.h"
#include "importing/ImportWizard.h"
#include "mainwindow/MainWindow.h"
#include "reports/IpkPage.h"
#include "datasets/TemplateRegistry.h"
#include "records/ExportPiiDialog.h"
#include "records/RecordFormDialog.h"
#include "records/RecordGridProxy.h"
#include "records/RecordHistoryDialog.h"
#include "records/RecordService.h"
#include "records/RecordTableModel.h"
#include "records/RecordsContext.h"
#include "records/RecordsPage.h"
#include "records/ProblemsPanel.h"
#include "quality/ValidationRunner.h"
#include "quality/ProblemsModel.h"
#include "quality/ValidationJob.h"
#include "session/Session.h"
#include "settings/SettingsPage.h"
#include "users/UsersPage.h"
#include "wizard/FirstRunWizard.h"
#include "wizard/RecoveryCodePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTreeView>
#include <QAbstractItemDelegate>
#include <QPainter>
#include <QTableView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>

using namespace sinergi;

namespace {

QString g_outDir;
int g_failures = 0;

void settle(int ms = 50)
{
    QElapsedTimer timer;
    timer.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    } while (timer.elapsed() < ms);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        settle(20);
    }
    return true;
}

void save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = g_outDir + u'/' + name + u".png"_qs;
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "could not write " << path << '\n';
        ++g_failures;
        return;
    }
    QTextStream(stdout) << path << " (" << widget->width() << "x" << widget->height() << ")\n";
}

// A popup (a combo's list, a calendar) is a window of its own, which grab() of the main window leaves out:
// paint it over the window's image where it sits on screen.
void saveWithPopup(QWidget *window, QWidget *popup, const QString &name)
{
    settle();
    QPixmap image = window->grab();
    if (popup && popup->isVisible()) {
        QPainter painter(&image);
        const QPoint at = popup->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0));
        painter.drawPixmap(at, popup->grab());
    }
    const QString path = g_outDir + u'/' + name + u".png"_qs;
    if (!image.save(path)) {
        QTextStream(stderr) << "could not write " << path << '\n';
        ++g_failures;
        return;
    }
    QTextStream(stdout) << path << " (" << window->width() << "x" << window->height() << ")\n";
}

void setText(QWidget *parent, const char *name, const QString &text)
{
    parent->findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
}

// ~200 synthetic job seekers of Kota Semarang (33.74): invented names, NIKs consistent with birth date and
// sex, villages from the region catalogue, and about one row in twelve with a deliberate error so the grid
// shows its problem markers. Deterministic, so screenshots only change when the UI does.
void seedRecords(RecordService &service, const RegionCatalog &regions)
{
    const QStringList male{u"Budi"_qs, u"Agus"_qs, u"Dedi"_qs, u"Eko"_qs, u"Fajar"_qs, u"Hendra"_qs, u"Joko"_qs,
                           u"Rudi"_qs, u"Slamet"_qs, u"Wahyu"_qs, u"Yusuf"_qs, u"Arif"_qs, u"Bayu"_qs};
    const QStringList female{u"Ani"_qs, u"Citra"_qs, u"Dewi"_qs, u"Eka"_qs, u"Fitri"_qs, u"Indah"_qs, u"Lestari"_qs,
                             u"Nur"_qs, u"Putri"_qs, u"Rina"_qs, u"Siti"_qs, u"Wulan"_qs, u"Yuni"_qs};
    const QStringList family{u"Santoso"_qs, u"Wibowo"_qs, u"Lestari"_qs, u"Pratama"_qs, u"Saputra"_qs,
                             u"Kurniawan"_qs, u"Handayani"_qs, u"Rahmawati"_qs, u"Setiawan"_qs, u"Susanti"_qs,
                             u"Nugroho"_qs, u"Hidayat"_qs, u"Permata"_qs};
    const QStringList schools{u"5000"_qs, u"5099"_qs, u"6000"_qs, u"4000"_qs, u"7000"_qs, u"8000"_qs, u"3000"_qs};
    const QStringList jobs{u"Operator produksi"_qs, u"Staf administrasi"_qs, u"Kasir"_qs, u"Teknisi listrik"_qs,
                           u"Perawat"_qs, u"Guru"_qs, u"Juru masak"_qs, u"Pengemudi"_qs};
    const QList<RegionCatalog::Region> districts = regions.districts(u"33.74"_qs);
    for (int i = 0; i < 200; ++i) {
        const bool isMale = i % 2 == 0;
        const QString name = (isMale ? male : female).at((i * 7) % 13) + u' ' + family.at((i * 5 + i / 13) % 13);
        const RegionCatalog::Region &district = districts.at(i % districts.size());
        const QList<RegionCatalog::Region> villages = regions.villages(district.code);
        const QDate born(1975 + i % 28, 1 + i % 12, 1 + (i * 3) % 28);
        const QDate registered = QDate::currentDate().addDays(-(i * 3 % 170)); // no report due yet
        QString nik = QString(district.code).remove(u'.') +
                      QStringLiteral("%1%2%3%4")
                          .arg(born.day() + (isMale ? 0 : 40), 2, 10, QChar(u'0'))
                          .arg(born.month(), 2, 10, QChar(u'0'))
                          .arg(born.year() % 100, 2, 10, QChar(u'0'))
                          .arg(i + 1, 4, 10, QChar(u'0'));
        QVariantMap v{{u"no_pendaftaran"_qs, QStringLiteral("3374/AK1/%1").arg(i + 1, 5, 10, QChar(u'0'))},
                      {u"nik"_qs, nik},
                      {u"nama"_qs, name},
                      {u"tempat_lahir"_qs, u"Semarang"_qs},
                      {u"tanggal_lahir"_qs, born},
                      {u"jenis_kelamin"_qs, isMale ? u"L"_qs : u"P"_qs},
                      {u"alamat"_qs, QStringLiteral("Jl. Melati No. %1, RT 0%2/RW 0%3").arg(i % 90 + 1).arg(i % 9 + 1).arg(i % 7 + 1)},
                      {u"kode_kecamatan"_qs, district.code},
                      {u"kode_desa"_qs, villages.isEmpty() ? QString() : villages.at(i % villages.size()).code},
                      {u"telepon"_qs, QStringLiteral("0812%1").arg(10000000 + i * 7919)},
                      {u"pendidikan"_qs, schools.at(i % schools.size())},
                      {u"jabatan_diinginkan"_qs, jobs.at(i % jobs.size())},
                      {u"tanggal_daftar"_qs, registered},
                      {u"berlaku_sampai"_qs, registered.addYears(2)},
                      {u"status"_qs, u"terdaftar"_qs}};
        if (i % 12 == 5)
            v.remove(u"pendidikan"_qs); // required field missing
        if (i % 12 == 9)
            v.insert(u"nik"_qs, nik.left(6) + u"3213"_qs + nik.mid(10)); // birth date in the NIK does not match
        service.create(u"pencari_kerja"_qs, v);
    }
}

} // namespace

// The period approval page on the generated regency: April approved and reopened, May approved (its
// errors acknowledged with a note), June under review.
bool approvalScreenshot(MainWindow &window)
{
    PeriodApprovalPage *page = window.approvalPage();
    if (!page)
        return false;
    window.showPage(page);
    const auto decide = [page](int month, const QString &text) {
        PeriodApprovalPage::setDialogRunner([text](PeriodDecisionDialog &d) {
            d.textEdit()->setPlainText(text);
            if (d.acknowledgeCheck())
                d.acknowledgeCheck()->setChecked(true);
            return int(QDialog::Accepted);
        });
        page->setPeriod(2025, month);
        waitFor([page, month] {
            return !page->isBusy() && page->review() &&
                   page->review()->period == QStringLiteral("2025-%1").arg(month, 2, 10, QChar(u'0'));
        });
    };
    decide(4, u"Diperiksa bersama kepala bidang"_qs);
    page->approve();
    decide(4, u"Data penempatan susulan dari Kecamatan Argomulyo"_qs);
    page->reopen();
    decide(5, u"Kartu kedaluwarsa sudah dikonfirmasi ke kecamatan"_qs);
    page->approve();
    PeriodApprovalPage::setDialogRunner({});
    page->setPeriod(2025, 6);
    if (!waitFor([page] { return !page->isBusy() && page->review() && page->review()->period == u"2025-06"; })) {
        QTextStream(stderr) << "the approval review did not arrive\n";
        return false;
    }
    settle(300);
    save(&window, u"approval"_qs);
    return true;
}

// The readiness report of an SMData batch (issue 6) for March 2025 of the generated regency, approved for
// the purpose, in the dialog the outbox page opens before a batch is queued.
bool readinessScreenshot(Session &session, QWidget *parent)
{
    const QString month = u"2025-03"_qs;
    if (session.setting(u"office.regency"_qs).isEmpty())
        session.setSetting(u"office.regency"_qs, u"33.73"_qs);
    if (!PeriodApprovals(session.db()).isApproved(month)) {
        const LabourSnapshot snapshot = LabourSnapshot::load(session.db());
        const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
        const PeriodReview review =
            PeriodReview::gather(session.db(), TemplateRegistry::loadEmbedded(), snapshot,
                                 IpkFormSet::loadDefault(codes), ReportRules::fromSettings(session), month);
        PeriodApprovals(session.db()).approve(session, month, u"Diperiksa bersama kepala bidang"_qs, review,
                                              review.hasErrors());
    }
    ReadinessDialog dialog(session, month, parent);
    dialog.resize(1100, 640);
    dialog.show();
    if (!waitFor([&dialog] { return !dialog.isBuilding(); }, 60000) || !dialog.batch()) {
        QTextStream(stderr) << "the readiness report did not arrive\n";
        return false;
    }
    settle(300);
    save(&dialog, u"readiness"_qs);
    return true;
}

// The dashboard on a generated regency (sinergi-datagen, 3000 job seekers over 2024–2025) in its own store,
// and the record grid after a click on a bar.
bool dashboardScreenshots(const QString &dir)
{
    datagen::DatagenConfig cfg;
    cfg.outDir = dir + u"/csv"_qs;
    cfg.seed = 42;
    cfg.jobSeekers = 3000;
    datagen::DataGenerator::run(cfg);
    const TemplateRegistry templates = TemplateRegistry::loadEmbedded();
    const CodeListRegistry codes = CodeListRegistry::loadEmbedded();
    const RegionCatalog regions = RegionCatalog::loadEmbedded();
    const FieldValidator fields(&codes, &regions);
    const RecordValidator validator(fields, RuleRegistry::standard());
    std::unique_ptr<Session> session =
        std::move(Session::initialize(StoreLocation{dir + u"/store"_qs}, u"kepala.dinas"_qs,
                                      u"Drs. H. Ahmad Fauzi, M.Si"_qs, u"Kantor-Disnaker-2024"_qs)
                      .session);
    DatasetSchema::sync(session->db(), templates);
    Importer importer(*session, templates, validator, &codes, &regions);
    for (const char *dataset :
         {"pencari_kerja", "lowongan", "penempatan", "pelatihan_program", "pelatihan_peserta"}) {
        ImportOptions o;
        o.dataset = QString::fromLatin1(dataset);
        o.path = cfg.outDir + u'/' + o.dataset + u".csv"_qs;
        importer.run(o);
    }
    MainWindow window(*session);
    window.resize(1366, 768);
    window.show();
    DashboardPage *page = window.dashboardPage();
    if (!page || !waitFor([page] { return page->figures() && !page->isBusy(); })) {
        QTextStream(stderr) << "the dashboard did not load\n";
        return false;
    }
    page->setMonth(QDate(2025, 6, 1));
    waitFor([page] {
        return page->figures()->month.first() == QDate(2025, 6, 1) && !page->isBusy() &&
               page->tile(DashboardPage::kQualityTile)->value().endsWith(u'%');
    });
    settle(300);
    save(&window, u"dashboard"_qs);
    // The same page scrolled to the breakdowns further down.
    if (auto *scroll = page->findChild<QScrollArea *>()) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        settle(200);
        save(&window, u"dashboard-lower"_qs);
        scroll->verticalScrollBar()->setValue(0);
    }
    // A click on the top education bar (men, SD): the grid shows exactly those records under its caption.
    DashboardChartView *education = page->chartView(DashboardFigures::Chart::EducationBySex);
    education->activate(0, education->drawnCount() - 1);
    auto *records = window.recordsPage();
    waitFor([records] { return records->model()->isCountKnown(); });
    settle(300);
    save(&window, u"dashboard-click-through"_qs);
    // The approval review lists stored problems: validate as an office does after an import.
    {
        Database worker = session->vault().openWorkerConnection();
        ValidationJob(templates, validator, &regions).run(worker, {});
    }
    if (!approvalScreenshot(window))
        return false;
    return readinessScreenshot(*session, &window);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the real user's settings
    QCoreApplication::setOrganizationName(u"SinergiScreenshots"_qs);
    QCoreApplication::setApplicationName(u"Sinergi"_qs);
    const QStringList args = QCoreApplication::arguments();
    g_outDir = args.value(1, u"docs/screenshots"_qs);
    const QString language = args.value(2, u"id"_qs);
    QDir().mkpath(g_outDir);
    if (!Translations::install(language))
        QTextStream(stderr) << "no translation for " << language << '\n';
    ScriptedMessageBoxes boxes; // nothing may block

    QTemporaryDir tmp;
    const QString storeDir = tmp.path() + u"/store"_qs;
    const QString password = u"Kantor-Disnaker-2024"_qs;

    // First-run wizard, all three pages.
    auto wizard = std::make_unique<FirstRunWizard>(u"C:/Users/Disnaker/AppData/Roaming/Sinergi/store"_qs);
    wizard->show();
    {
        auto *provinces = wizard->findChild<QComboBox *>(u"provinceCombo"_qs);
        provinces->setCurrentIndex(provinces->findData(u"33"_qs));
        auto *regencies = wizard->findChild<QComboBox *>(u"regencyCombo"_qs);
        regencies->setCurrentIndex(regencies->findData(u"33.74"_qs));
    }
    save(wizard.get(), u"wizard-1-location"_qs);
    wizard->findChild<QLineEdit *>(u"locationEdit"_qs)->setText(storeDir);
    wizard->next();
    setText(wizard.get(), "usernameEdit", u"admin.disnaker"_qs);
    setText(wizard.get(), "displayNameEdit", u"Rina Wulandari"_qs);
    setText(wizard.get(), "passwordEdit", password);
    setText(wizard.get(), "confirmEdit", password);
    save(wizard.get(), u"wizard-2-admin"_qs);
    wizard->next();
    auto *codePage = qobject_cast<RecoveryCodePage *>(wizard->currentPage());
    if (!waitFor([codePage] { return codePage->storeCreated(); })) {
        QTextStream(stderr) << "the store was not created\n";
        return 1;
    }
    save(wizard.get(), u"wizard-3-recovery"_qs);
    wizard->findChild<QCheckBox *>(u"confirmCheck"_qs)->setChecked(true);
    save(wizard.get(), u"wizard-3-recovery-confirmed"_qs);
    std::unique_ptr<Session> session = wizard->takeSession();
    wizard.reset();
    AppSettings::setStoreDir(storeDir); // as the application does after the first start

    // Sample accounts and activity, so the tables look like a working office.
    const QString staffPassword = u"Sandi-Petugas-2024"_qs;
    session->createUser(u"budi.santoso"_qs, u"Budi Santoso"_qs, Role::Operator, staffPassword);
    session->createUser(u"sari.dewi"_qs, u"Sari Dewi Lestari"_qs, Role::Walidata, staffPassword);
    session->createUser(u"agus.pratama"_qs, u"Agus Pratama"_qs, Role::Operator, staffPassword);
    session->createUser(u"kepala.dinas"_qs, u"Drs. H. Ahmad Fauzi, M.Si"_qs, Role::Viewer, staffPassword);
    session->createUser(u"magang01"_qs, u"Peserta Magang"_qs, Role::Viewer, staffPassword);
    session->setUserActive(u"magang01"_qs, false);
    session->setRole(u"agus.pratama"_qs, Role::Walidata);
    session->setIdleLockMinutes(15);
    session.reset();

    // Log-in window, empty and after a wrong password.
    {
        LoginDialog login(StoreLocation{storeDir});
        login.show();
        login.findChild<QComboBox *>(u"usernameCombo"_qs)->setEditText(u"admin.disnaker"_qs);
        save(&login, u"login"_qs);
        login.findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(u"salah-sandi"_qs);
        login.accept();
        waitFor([&login] { return !login.isBusy() && !login.errorText().isEmpty(); });
        save(&login, u"login-error"_qs);
    }

    session = Session::login(StoreLocation{storeDir}, u"admin.disnaker"_qs, password);
    {
        MainWindow window(*session);
        window.resize(1366, 768);
        window.show();
        window.showPage(window.usersPage());
        window.usersPage()->selectUser(u"budi.santoso"_qs);
        save(&window, u"users"_qs);
        window.showPage(window.auditPage());
        window.auditPage()->verifyChain();
        save(&window, u"audit"_qs);
        window.showPage(window.settingsPage());
        save(&window, u"settings"_qs);

        LoginDialog unlock(*session, 15);
        unlock.show();
        save(&unlock, u"locked"_qs);
    }

    // Records: grid, form editor (a record with problems), history after two edits.
    {
        RecordsContext context(*session);
        seedRecords(context.service(), context.regions());
        context.service().update(u"pencari_kerja"_qs, 6, {{u"nama"_qs, u"Indah Permata Sari"_qs}});
        context.service().update(u"pencari_kerja"_qs, 6,
                                 {{u"alamat"_qs, u"Jl. Kenanga No. 4, RT 02/RW 05"_qs}, {u"pendidikan"_qs, u"6000"_qs}});
    }
    {
        MainWindow window(*session);
        window.resize(1366, 768);
        window.show();
        auto *page = window.findChild<RecordsPage *>();
        window.showPage(page);
        if (!waitFor([page] { return page->model()->isCountKnown(); })) {
            QTextStream(stderr) << "the record grid did not load\n";
            return 1;
        }
        settle(300);
        page->selectRow(9); // record 10: its NIK does not match the birth date
        save(&window, u"records"_qs);
        // Problems panel after a full validation, with the first rule expanded and one of its records shown.
        if (ProblemsPanel *panel = page->problemsPanel()) {
            QEventLoop loop;
            QObject::connect(panel, &ProblemsPanel::validationFinished, &loop, &QEventLoop::quit);
            if (panel->validateAgain())
                loop.exec();
            const QModelIndex group = panel->model()->index(0, 0);
            panel->tree()->expand(group);
            settle(100);
            const QModelIndex first = panel->model()->index(0, 0, group);
            panel->tree()->setCurrentIndex(first);
            emit panel->tree()->activated(first); // what a double-click does: the grid jumps to the record
            settle(300);
            save(&window, u"problems-panel"_qs);
            // The same panel while the indexes a big import left out are built (the runner's signal, as
            // the validation job sends it before the rows).
            emit panel->runner()->buildingIndexes(2, 7);
            settle(100);
            save(&window, u"problems-panel-indexes"_qs);
            page->selectRow(9); // back to record 10 for the form editor below
        }

        RecordFormDialog *form = page->editSelected();
        if (form) {
            settle(300);
            save(form, u"record-form"_qs);
            form->close();
        }
        page->selectRow(5); // record 6: edited twice above
        RecordHistoryDialog *history = page->showHistory();
        if (history) {
            history->selectRow(history->rowCount() - 1);
            save(history, u"record-history"_qs);
            history->close();
        }
        // In-place editing: the education cell of the selected row, its code list open over the grid.
        if (auto *table = page->findChild<QTableView *>(u"table"_qs)) {
            page->selectRow(3);
            int column = -1;
            for (int c = 0; c < page->model()->columnCount(); ++c)
                if (page->model()->fieldName(c) == u"pendidikan")
                    column = c;
            const QModelIndex cell = page->proxy()->index(3, column);
            table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
            table->setCurrentIndex(cell);
            table->edit(cell);
            settle(100);
            if (auto *combo = table->viewport()->findChild<QComboBox *>()) {
                combo->showPopup();
                settle(200);
                saveWithPopup(&window, combo->view()->window(), u"records-inline-edit"_qs);
                combo->hidePopup();
                emit table->itemDelegate()->closeEditor(combo->parentWidget(), QAbstractItemDelegate::RevertModelCache);
                settle();
            } else {
                QTextStream(stderr) << "no in-place editor opened\n";
                ++g_failures;
            }
        }
        RecordFormDialog *fresh = page->newRecord();
        if (fresh) {
            save(fresh, u"record-new"_qs);
            fresh->close();
        }
        // Export: the personal-data question an administrator answers before the file is written.
        if (const DatasetTemplate *tpl = page->context()->templates().find(u"pencari_kerja"_qs)) {
            QStringList piiLabels;
            for (const FieldDef &f : tpl->fields())
                if (f.pii)
                    piiLabels << f.label(u"id"_qs);
            ExportPiiDialog confirm(tpl->label(u"id"_qs), piiLabels, &window);
            confirm.show();
            confirm.confirmCheck()->setChecked(true);
            settle(100);
            save(&confirm, u"export-pii-confirm"_qs);
        }
    }
    // Import wizard: file, mapping and preview of a small synthetic CSV in which Excel damaged one NIK.
    {
        RecordsContext context(*session);
        const QString csvPath = tmp.filePath(u"pencaker-kecamatan.csv"_qs);
        QFile csv(csvPath);
        if (csv.open(QIODevice::WriteOnly)) {
            csv.write("Nama;NIK;No. Pendaftaran;Tgl Lahir;JK;Kode Kecamatan;Pendidikan;Tanggal Daftar;"
                      "Berlaku Sampai;Status;Catatan\r\n"
                      "Ahmad Fauzi;3373011705980001;AK1-2025-0101;17/05/1998;L;33.73.01;3000;10/01/2025;10/01/2027;"
                      "terdaftar;\r\n"
                      "Siti Rahmawati;3373015208970002;AK1-2025-0102;12/08/1997;P;33.73.01;5000;10/01/2025;"
                      "10/01/2027;terdaftar;\r\n"
                      "Budi Hartono;3.37301E+15;AK1-2025-0103;03/02/1995;L;33.73.01;3000;11/01/2025;11/01/2027;"
                      "terdaftar;NIK dari Excel\r\n"
                      "Dewi Lestari;3373014103990004;AK1-2025-0104;01/03/1999;P;33.73.01;6000;11/01/2025;11/01/2027;"
                      "terdaftar;\r\n"
                      "Eko Prasetyo;3373012011960005;AK1-2025-0105;31/02/1996;L;33.73.01;3000;12/01/2025;12/01/2027;"
                      "terdaftar;tanggal salah\r\n"
                      "Rina Wulandari;3373016506000006;AK1-2025-0106;25/06/2000;P;33.73.01;9999;12/01/2025;"
                      "12/01/2027;terdaftar;\r\n");
            csv.close();
        }
        ImportWizard wizard(context, u"pencari_kerja"_qs);
        wizard.resize(1100, 680);
        wizard.show();
        wizard.filePage()->setPath(csvPath);
        save(&wizard, u"import-file"_qs);
        wizard.next();
        save(&wizard, u"import-mapping"_qs);
        wizard.next();
        save(&wizard, u"import-preview"_qs);
    }
    session.reset();
    session = Session::login(StoreLocation{storeDir}, u"kepala.dinas"_qs, staffPassword);
    {
        MainWindow window(*session);
        window.resize(1366, 768);
        window.show();
        auto *page = window.findChild<RecordsPage *>();
        window.showPage(page);
        waitFor([page] { return page->model()->isCountKnown(); });
        settle(300);
        save(&window, u"records-viewer"_qs);
        // The IPK tables of last month as the head of office sees them (the job seekers seeded above).
        if (IpkPage *ipk = window.ipkPage()) {
            const QDate lastMonth = QDate::currentDate().addMonths(-1);
            ipk->setPeriod(ReportPeriod::month(lastMonth.year(), lastMonth.month()));
            window.showPage(ipk);
            waitFor([ipk] { return ipk->report() && !ipk->isComputing(); });
            settle(300);
            save(&window, u"ipk"_qs);
        }
    }
    session.reset();
    if (!dashboardScreenshots(tmp.path() + u"/dashboard"_qs))
        return 1;
    if (!outboxScreenshot(tmp.path() + u"/outbox"_qs, [](QWidget *w, const QString &name) { save(w, name); }))
        return 1;
    return g_failures == 0 ? 0 : 1;
}
