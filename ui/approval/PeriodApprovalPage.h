#pragma once

#include "approval/PeriodApprovals.h"
#include "approval/PeriodReview.h"

#include <QFuture>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sinergi {

class IpkFormSet;
class PeriodDecisionDialog;
class ReportSource;
class Session;
class TemplateRegistry;

// "Persetujuan periode" (issue 6): pick a month; its review (validation problems, IPK checks with status,
// quality per dataset) is gathered on a worker thread from the shared ReportSource, so the window keeps
// painting while the snapshot is read at 10^6 records; a result for an earlier choice is dropped. Below,
// every month approved so far with its state, who and when. "Setujui periode" and "Buka kembali…" ask for
// confirmation (PeriodDecisionDialog) and are enabled only for roles with ApprovePeriod; everybody sees
// the page, so an operator can find out why a record cannot be changed.
class PeriodApprovalPage : public QWidget
{
    Q_OBJECT
public:
    PeriodApprovalPage(Session &session, std::shared_ptr<ReportSource> source, QWidget *parent = nullptr);
    ~PeriodApprovalPage() override;
    // Waits for the review workers and starts no new ones (MainWindow::shutDownBackgroundWork).
    void shutDown();

    QString period() const; // "yyyy-MM"
    void setPeriod(int year, int month);
    // Gathers the review of the chosen month again and re-reads the list of periods.
    void refresh();
    bool isBusy() const { return m_running > 0; }
    // The review shown; nullptr while none has arrived for the chosen month.
    const PeriodReview *review() const { return m_review ? &*m_review : nullptr; }
    QString stateText() const;
    QString summaryText() const;

    // The buttons' actions: confirmation dialog, then the core call; errors are shown in a message box.
    // True when the period was approved / reopened.
    bool approve();
    bool reopen();

    QPushButton *approveButton() const { return m_approveButton; }
    QPushButton *reopenButton() const { return m_reopenButton; }
    QTableWidget *problemsTable() const { return m_problems; }
    QTableWidget *checksTable() const { return m_checks; }
    QTableWidget *qualityTable() const { return m_quality; }
    QTableWidget *periodsTable() const { return m_periods; }

    // Tests and the screenshot tool answer the confirmation dialog here instead of exec().
    static void setDialogRunner(std::function<int(PeriodDecisionDialog &)> runner);

signals:
    void reviewReady();
    // A month was approved or reopened (the records page shows locked months through the store anyway).
    void periodStateChanged(const QString &period);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillMonths();
    void onReview(int generation, const std::optional<PeriodReview> &review, const QString &error);
    void showReview();
    void showPeriods();
    void updateButtons();
    QString datasetLabel(const QString &id) const;

    Session &m_session;
    std::shared_ptr<ReportSource> m_source;
    std::shared_ptr<const TemplateRegistry> m_templates;
    std::shared_ptr<const IpkFormSet> m_forms;
    PeriodApprovals m_approvals;
    std::optional<PeriodReview> m_review;
    std::optional<PeriodApproval> m_state; // the chosen month's row, if it was ever approved
    QList<QFuture<void>> m_pending;
    int m_generation = 0;
    int m_running = 0;
    bool m_computedOnce = false;
    bool m_shutDown = false;

    QLabel *m_monthLabel = nullptr;
    QComboBox *m_monthCombo = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QLabel *m_checksTitle = nullptr;
    QLabel *m_qualityTitle = nullptr;
    QLabel *m_periodsTitle = nullptr;
    QLabel *m_permissionNote = nullptr;
    QTableWidget *m_problems = nullptr;
    QTableWidget *m_checks = nullptr;
    QTableWidget *m_quality = nullptr;
    QTableWidget *m_periods = nullptr;
};

} // namespace sinergi
