#pragma once

#include <QMainWindow>

#include <memory>

class QListWidgetItem;

namespace sinergi {

class AuditPage;
class PeriodApprovalPage;
class DashboardPage;
class RecordsPage;
class IpkPage;
class OutboxPage;
class ReportSource;
class Session;
class SettingsPage;
class UsersPage;

namespace Ui {
class MainWindow;
}

// The main window: navigation list on the left, one page per feature on the right. Pages a role cannot
// use are not created at all, so they cannot be reached by any path.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;
    // Waits for the report pages' workers, which read the store through the session, and lets them start
    // no new work. Call before the session ends (log-out, quit); the window may be deleted later.
    void shutDownBackgroundWork();

    // Adds a page to the navigation; its windowTitle() is the navigation text (kept in sync, so pages
    // retranslate themselves). Adding a feature page is one call.
    void addPage(QWidget *page, const QIcon &icon);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    QStringList pageTitles() const;

    // nullptr when the role cannot use the page.
    UsersPage *usersPage() const { return m_usersPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    RecordsPage *recordsPage() const { return m_recordsPage; }
    IpkPage *ipkPage() const { return m_ipkPage; }
    OutboxPage *outboxPage() const { return m_outboxPage; }
    PeriodApprovalPage *approvalPage() const { return m_approvalPage; }
    // The records' facts for the report pages, read once and shared (created on first use).
    std::shared_ptr<ReportSource> reportSource();

signals:
    void lockRequested();
    void logoutRequested();
    void quitRequested();
    void idleLockMinutesChanged(int minutes);
    // A long operation (e.g. data-key rotation) runs on the session; the idle lock must wait.
    void longOperationRunning(bool running);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session &m_session;
    UsersPage *m_usersPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    RecordsPage *m_recordsPage = nullptr;
    IpkPage *m_ipkPage = nullptr;
    OutboxPage *m_outboxPage = nullptr;
    PeriodApprovalPage *m_approvalPage = nullptr;
    std::shared_ptr<ReportSource> m_reportSource;
};

} // namespace sinergi
