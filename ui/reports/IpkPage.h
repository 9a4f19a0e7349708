#pragma once

#include "reports/IpkFormSet.h"
#include "reports/IpkReport.h"
#include "reports/ReportRules.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace sinergi {

class IpkTableModel;
class LabourSnapshot;
class RegionCatalog;
class ReportSource;
class Session;

namespace Ui {
class IpkPage;
}

// The IPK page (issue 5, ViewDashboards): pick a month, semester or year and a kecamatan; the tables are
// computed on a worker thread from the shared ReportSource (the window keeps painting, a result for an
// earlier choice is dropped) and shown one at a time as a grid; the invariant checks are listed with the
// records behind each break; CSV / XLSX / PDF exports are saved through IpkExport (audited).
class IpkPage : public QWidget
{
    Q_OBJECT
public:
    IpkPage(Session &session, std::shared_ptr<ReportSource> source, QWidget *parent = nullptr);
    ~IpkPage() override;
    // Waits for the computations and starts no new ones: they read the store through the session, so this
    // must happen before the session ends (MainWindow::shutDownBackgroundWork).
    void shutDown();

    ReportPeriod period() const;
    void setPeriod(const ReportPeriod &period);
    // Kecamatan code ("33.73.01"); empty = the whole regency.
    QString district() const;
    void setDistrict(const QString &code);
    // Starts a computation for the current choice (the previous one, if running, is dropped).
    void recompute();
    bool isComputing() const { return m_running > 0; }
    // The last report shown; nullptr before the first one arrives.
    const IpkReport *report() const { return m_report ? &*m_report : nullptr; }
    IpkTableModel *tableModel() const { return m_model; }
    void showForm(const QString &formId);
    QString currentFormId() const;
    QString checksText() const;
    // Asks for a file name and saves the report: "csv", "xlsx" or "pdf". True when a file was written.
    bool exportReport(const QString &format);

signals:
    // A computation finished and its report is shown.
    void reportReady();
    // "Open these records": the records behind a check, for the records page.
    void openRecordsRequested(const QString &dataset, const QList<qint64> &ids, const QString &caption);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Result;
    void fillPeriodParts();
    void fillKecamatan();
    void onResult(int generation, const std::shared_ptr<Result> &result, const QString &error);
    void showReport();
    void showChecks();
    void showBreak(int index);
    QString language() const;
    void retranslate();

    std::unique_ptr<Ui::IpkPage> m_ui;
    Session &m_session;
    std::shared_ptr<ReportSource> m_source;
    std::unique_ptr<RegionCatalog> m_regions;
    std::shared_ptr<const IpkFormSet> m_forms;
    IpkTableModel *m_model = nullptr;
    QList<QFuture<void>> m_pending; // computations still running (waited for on destruction)
    int m_generation = 0;
    int m_running = 0;
    bool m_computedOnce = false;
    bool m_shutDown = false;
    std::optional<IpkReport> m_report;
    std::shared_ptr<const LabourSnapshot> m_snapshot; // behind m_report, for the PDF's 12-month trend
    int m_districtIndex = -1;                         // m_report's kecamatan in m_snapshot
    ReportRules m_rules;                              // the rules m_report was computed with
};

} // namespace sinergi
