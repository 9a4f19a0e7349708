#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace sinergi {

class ImportWizard;
class ProblemsPanel;
class RecordFormDialog;
class RecordGridProxy;
class RecordHistoryDialog;
class RecordTableModel;
class RecordsContext;
class Session;

namespace Ui {
class RecordsPage;
}

// The record grid (ViewRecords): pick a dataset, quick search, one column filter, "problems only",
// "show deleted"; a QTableView over the windowed RecordTableModel, which fetches on its own worker so the
// window never waits for the store. Header clicks sort through the model (columns without a sort index are
// refused, and the status line says so). New / Edit open the form editor, History the record's history
// with undo, Delete / Restore soft-delete. Without EditRecords the page is read-only: Edit becomes View.
class RecordsPage : public QWidget
{
    Q_OBJECT
public:
    // synchronous: the model fetches on the calling thread (tests).
    explicit RecordsPage(Session &session, QWidget *parent = nullptr, bool synchronous = false);
    ~RecordsPage() override;

    RecordTableModel *model() const { return m_model; }
    RecordGridProxy *proxy() const { return m_proxy; }
    RecordsContext *context() const { return m_context.get(); }
    QString dataset() const;
    void setDataset(const QString &id);
    // Applies search, filter and checkboxes now (typing applies them after a short pause).
    void applyQuery();
    bool selectRow(int row);
    // Shows the record in the grid and selects it (the problems panel's jump). Resets search, filters and
    // sort to the default view, where a record's row is one indexed count; false for a deleted or unknown id.
    bool goToRecord(qint64 id);
    ProblemsPanel *problemsPanel() const { return m_problems; }
    // Shows only the given records of `dataset` (the dashboard's click-through) under a caption bar
    // ("From the dashboard: …") with a button that clears it; search and the column filter still narrow
    // them. Choosing another dataset or jumping to a record clears it too.
    void showRecordSet(const QString &dataset, const QList<qint64> &ids, const QString &caption);
    void clearRecordSet();
    bool hasRecordSet() const { return m_recordSet.has_value(); }
    QString recordSetCaption() const;
    qint64 selectedId() const;
    QString statusText() const;

    // The dialogs these actions open are returned (and also stay reachable as children) for tests.
    RecordFormDialog *newRecord();
    RecordFormDialog *editSelected();
    RecordHistoryDialog *showHistory();
    void toggleDeleted();
    // The import wizard for the current dataset (window-modal, deleted on close); the grid refreshes when
    // it commits.
    ImportWizard *openImportWizard();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillDatasets();
    void fillFilterFields();
    void fillFilterKinds();
    void updateSearchAvailability();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showSortIndicator();
    void updateButtons();
    void onCountKnown(int rows, double elapsedMs);
    void onPageLoaded(int page, double elapsedMs);
    void resizeColumns();
    QString regencyHint() const;
    // Re-runs the query after a write and selects `id` again once its row is loaded.
    void refreshKeeping(qint64 id);
    void reselectPending(int page);
    void retranslate();

    std::unique_ptr<Ui::RecordsPage> m_ui;
    Session &m_session;
    std::unique_ptr<RecordsContext> m_context;
    RecordTableModel *m_model = nullptr;
    RecordGridProxy *m_proxy = nullptr;
    QTimer *m_searchTimer = nullptr;
    QElapsedTimer m_queryClock;
    double m_firstPageMs = -1;
    bool m_columnsSized = false;
    QString m_note; // a transient remark after the row count (e.g. "not sortable")
    qint64 m_pendingSelect = 0;
    int m_pendingRow = -1; // goToRecord: select this row once the count is known
    ProblemsPanel *m_problems = nullptr;
    struct RecordSet
    {
        QString dataset;
        QList<qint64> ids;
        QString caption;
    };
    std::optional<RecordSet> m_recordSet;
    QWidget *m_recordSetBar = nullptr;
    QLabel *m_recordSetLabel = nullptr;
};

} // namespace sinergi
