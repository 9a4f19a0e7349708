#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace sinergi {

class ProblemsModel;
class RecordsContext;
class ValidationRunner;

// Beside the record grid: the current dataset's problems grouped by rule (rule -> records; a double-click
// or Enter on a record asks the grid to jump to it), the quality summary (completeness, validity,
// timeliness, each explained in its tooltip), and "Validate again", which runs the full-validation job on
// its own thread with a progress bar and a cancel button. Everything shown comes from record_problems and
// the record counts, so opening the panel costs two indexed queries, never a validation.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(RecordsContext &context, QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    void setDataset(const QString &id);
    QString dataset() const { return m_dataset; }
    void refresh(); // groups and quality figures again (after a write or an import)

    ProblemsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    ValidationRunner *runner() const { return m_runner; }
    QString qualityText() const; // the three figures as shown (tests)
    // Starts the job for the current dataset (what the button does); false when refused or running.
    bool validateAgain();
    // After an import committed rows into `dataset`: validates it and the datasets whose rules look it up,
    // so the panel (and the grid's problem markers) show the imported rows' problems. False as above.
    bool validateAfterImport(const QString &dataset);
    // A big import leaves its dataset's search and sort indexes to the validation that follows it. If the
    // program was stopped before that ended (indexes still missing), runs it now for those datasets: the
    // indexes first, then the findings the import's rows never got. False when nothing is missing, or as
    // above.
    bool finishInterruptedImports();
    void cancelValidation();

signals:
    void recordActivated(qint64 id);
    void validationFinished(bool cancelled);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateQuality();
    void fitRuleColumn();
    void onActivated(const QModelIndex &index);
    void setRunning(bool running);
    bool startValidation(const QStringList &datasets);

    RecordsContext &m_context;
    QString m_dataset;
    ProblemsModel *m_model = nullptr;
    ValidationRunner *m_runner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_completeness = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_timeliness = nullptr;
    QLabel *m_status = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_validateButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace sinergi
