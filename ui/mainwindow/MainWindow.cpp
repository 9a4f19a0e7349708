#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "approval/PeriodApprovalPage.h"
#include "audit/AuditPage.h"
#include "common/Error.h"
#include "common/MessageBoxes.h"
#include "dashboard/DashboardPage.h"
#include "datasets/RegionCatalog.h"
#include "records/RecordTableModel.h"
#include "records/RecordsPage.h"
#include "reference/RegionEditions.h"
#include "reports/IpkPage.h"
#include "reports/ReportSource.h"
#include "session/Session.h"
#include "settings/SettingsPage.h"
#include "settings/SmdataSettingsPanel.h"
#include "smdata/OutboxPage.h"
#include "users/UsersPage.h"

#include <QCloseEvent>
#include <QDir>
#include <QLabel>

namespace sinergi {

namespace {
// Light strokes on the dark navigation list, dark strokes on the white selected item.
QIcon navIcon(const QString &name)
{
    QIcon icon;
    icon.addFile(u":/icons/"_qs + name + u"-light.svg"_qs, {}, QIcon::Normal);
    icon.addFile(u":/icons/"_qs + name + u".svg"_qs, {}, QIcon::Selected);
    return icon;
}
} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/sinergi.svg"_qs));
    m_ui->navList->setIconSize(QSize(22, 22));

    // The dashboard is the first page for those who may see it: the labour market at a glance.
    if (session.can(Permission::ViewDashboards)) {
        m_dashboardPage = new DashboardPage(session, reportSource(), this);
        addPage(m_dashboardPage, navIcon(u"dashboard"_qs));
    }
    if (session.can(Permission::ViewRecords)) {
        m_recordsPage = new RecordsPage(session, this);
        addPage(m_recordsPage, navIcon(u"records"_qs));
    }
    // A click on the dashboard opens exactly the records it counts in the grid.
    if (m_dashboardPage && m_recordsPage)
        connect(m_dashboardPage, &DashboardPage::recordsRequested, this,
                [this](const QString &dataset, const QList<qint64> &ids, const QString &caption) {
                    m_recordsPage->showRecordSet(dataset, ids, caption);
                    showPage(m_recordsPage);
                });
    if (session.can(Permission::ViewDashboards)) {
        m_ipkPage = new IpkPage(session, reportSource(), this);
        addPage(m_ipkPage, navIcon(u"ipk"_qs));
    }
    // "Open these records" under a broken IPK check: the grid shows exactly the records that cause it.
    if (m_ipkPage && m_recordsPage)
        connect(m_ipkPage, &IpkPage::openRecordsRequested, this,
                [this](const QString &dataset, const QList<qint64> &ids, const QString &caption) {
                    m_recordsPage->showRecordSet(dataset, ids, caption);
                    showPage(m_recordsPage);
                });
    // Every role sees which months are approved (an operator learns why a record is locked); only roles
    // with ApprovePeriod get working buttons.
    if (session.can(Permission::ViewDashboards)) {
        m_approvalPage = new PeriodApprovalPage(session, reportSource(), this);
        addPage(m_approvalPage, navIcon(u"approval"_qs));
    }
    // Batches for SMData: the outbox with its background sender, for the roles that submit. A rejected
    // batch's correction list opens its records in the grid.
    if (session.can(Permission::SubmitBatches)) {
        m_outboxPage = new OutboxPage(session, this);
        addPage(m_outboxPage, navIcon(u"outbox"_qs));
        if (m_recordsPage)
            connect(m_outboxPage, &OutboxPage::recordsRequested, this,
                    [this](const QString &dataset, const QList<qint64> &ids, const QString &caption) {
                        m_recordsPage->showRecordSet(dataset, ids, caption);
                        showPage(m_recordsPage);
                    });
    }
    if (session.can(Permission::ManageUsers)) {
        m_usersPage = new UsersPage(session, this);
        addPage(m_usersPage, navIcon(u"users"_qs));
    }
    if (session.can(Permission::ViewAudit)) {
        m_auditPage = new AuditPage(session, this);
        addPage(m_auditPage, navIcon(u"audit"_qs));
    }
    m_settingsPage = new SettingsPage(session, this);
    addPage(m_settingsPage, navIcon(u"settings"_qs));
    connect(m_settingsPage, &SettingsPage::idleLockMinutesChanged, this, &MainWindow::idleLockMinutesChanged);
    connect(m_settingsPage, &SettingsPage::longOperationRunning, this, &MainWindow::longOperationRunning);
    connect(m_settingsPage, &SettingsPage::userChanged, this, &MainWindow::updateStatus);
    // Saved SMData settings are used at the sender's next round; wake it so that is now.
    if (auto *smdataPanel = m_settingsPage->findChild<SmdataSettingsPanel *>(); smdataPanel && m_outboxPage)
        connect(smdataPanel, &SmdataSettingsPanel::settingsSaved, m_outboxPage, &OutboxPage::wakeSender);
    // A data-key rotation replaces the store file: the sender lets go of its connection meanwhile.
    if (m_outboxPage)
        connect(m_settingsPage, &SettingsPage::longOperationRunning, m_outboxPage, &OutboxPage::pauseSender);
    // So does the record list's fetch worker; afterwards it shows the same query from the new file.
    if (m_recordsPage)
        connect(m_settingsPage, &SettingsPage::longOperationRunning, m_recordsPage, [this](bool running) {
            if (RecordTableModel *model = m_recordsPage->model())
                running ? model->releaseStore() : model->resumeStore();
        });

    connect(m_ui->navList, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionLogout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->actionLock->setIcon(QIcon(u":/icons/lock.svg"_qs));
    m_ui->navList->setCurrentRow(0);
    updateStatus();
}

MainWindow::~MainWindow()
{
    shutDownBackgroundWork();
}

void MainWindow::shutDownBackgroundWork()
{
    if (m_dashboardPage)
        m_dashboardPage->shutDown();
    if (m_ipkPage)
        m_ipkPage->shutDown();
    if (m_outboxPage)
        m_outboxPage->shutDown();
    if (m_approvalPage)
        m_approvalPage->shutDown();
}

std::shared_ptr<ReportSource> MainWindow::reportSource()
{
    // One cache of the records' facts for every report page (the snapshot takes seconds to read at 10^6
    // job seekers); shared, because a page's worker may still hold it while the page goes away.
    if (!m_reportSource)
        m_reportSource = std::make_shared<ReportSource>(m_session.vault());
    return m_reportSource;
}

void MainWindow::addPage(QWidget *page, const QIcon &icon)
{
    auto *item = new QListWidgetItem(icon, page->windowTitle());
    item->setData(Qt::UserRole, QVariant::fromValue(static_cast<QObject *>(page)));
    m_ui->navList->addItem(item);
    m_ui->pages->addWidget(page);
    page->installEventFilter(this);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_ui->pages->indexOf(page);
    if (index >= 0)
        m_ui->navList->setCurrentRow(index);
}

QWidget *MainWindow::currentPage() const
{
    return m_ui->pages->currentWidget();
}

QStringList MainWindow::pageTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_ui->navList->count(); ++i)
        titles.append(m_ui->navList->item(i)->text());
    return titles;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Pages own their titles; follow them (e.g. after a language change).
    if (event->type() == QEvent::WindowTitleChange) {
        const int index = m_ui->pages->indexOf(qobject_cast<QWidget *>(watched));
        if (index >= 0)
            m_ui->navList->item(index)->setText(static_cast<QWidget *>(watched)->windowTitle());
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateStatus()
{
    const User &user = m_session.user();
    m_ui->statusbar->clearMessage();
    if (!m_ui->statusbar->findChild<QLabel *>(u"userLabel"_qs)) {
        auto *label = new QLabel(this);
        label->setObjectName(u"userLabel"_qs);
        m_ui->statusbar->addPermanentWidget(label);
    }
    auto *label = m_ui->statusbar->findChild<QLabel *>(u"userLabel"_qs);
    label->setText(tr("Logged in as %1 (%2) — %3")
                       .arg(user.displayName.isEmpty() ? user.username : user.displayName, user.username,
                            RoleNames::displayName(user.role)));
    setWindowTitle(tr("Sinergi — %1").arg(QDir::toNativeSeparators(m_session.location().dir)));
}

void MainWindow::showAbout()
{
    // Region list editions an administrator loaded ship their own source / licence line (ODbL credit).
    QString loadedRegions;
    try {
        const RegionCatalog regions = RegionEditions::load(m_session.db());
        for (const RegionEditions::Edition &e : RegionEditions::editions(m_session.db(), regions))
            if (!e.shipped)
                loadedRegions +=
                    u"\n"_qs +
                    (e.credit.isEmpty()
                         ? tr("Region list %1 (loaded by %2; its README "
                              "names no source).")
                               .arg(e.version, e.loadedBy)
                         : tr("Region list %1 (loaded by %2): %3").arg(e.version, e.loadedBy, e.credit));
    } catch (const Error &) {
        // The shipped credit below stays true whatever the store holds.
    }
    MessageBoxes::instance().information(
        this, tr("About Sinergi"),
        tr("Sinergi %1\nSinergitas Data Ketenagakerjaan\n\nLabour records of the regency in one encrypted "
           "store, with reports and submission to SMData.\n\nQt %2")
                .arg(QStringLiteral(SINERGI_VERSION), QString::fromLatin1(qVersion())) +
            u"\n\n"_qs +
            // The region lists are under the ODbL, which requires this credit wherever they are shipped.
            tr("Region codes (province, regency, kecamatan, desa): Ministry of Home Affairs decrees, "
               "compiled by "
               "idn-area-data 4.0.1, under the Open Database License (ODbL 1.0).\nLibraries: Qt (LGPL 3), "
               "SQLCipher (BSD), libsodium (ISC), libzip (BSD), libxlsxwriter (BSD).") +
            loadedRegions);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The application decides (it may ask about running work); the window itself is never destroyed
    // by closing, so unsaved edits survive a cancelled quit.
    event->ignore();
    emit quitRequested();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace sinergi
