#pragma once

#include "common/Background.h"
#include "importing/ImportOptions.h"
#include "importing/ImportReport.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace sinergi {

class ImportWizard;

// Step 5: runs Importer::run on a worker thread (it opens its own connection, so the window stays live),
// with progress and Cancel, then shows what happened. Cancel stops the worker between rows and the single
// transaction is rolled back: the store is exactly as before.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard &wizard);
    ~ImportRunPage() override;

    bool isRunning() const { return m_running; }
    // Callable from any thread (tests cancel from the progress hook, on the worker).
    void requestCancel();
    // For the wizard's destructor: the worker uses objects the wizard owns.
    void cancelAndWait();

    const std::optional<ImportReport> &report() const { return m_report; }
    QString resultText() const;
    QString errorText() const { return m_error; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QProgressBar *progressBar() const { return m_progress; }
    // Called on the worker thread with every progress report, before the window hears of it (tests cancel
    // at a known point with it).
    void setProgressHook(std::function<void(const ImportProgress &)> hook) { m_hook = std::move(hook); }

    void initializePage() override;
    bool isComplete() const override;

signals:
    void stopped(); // the worker has finished, however it ended

private:
    void start();
    void showProgress(const ImportProgress &progress);
    void finished(const Outcome<ImportReport> &outcome);
    void showReport(const ImportReport &report);

    ImportWizard &m_wizard;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_rejected = nullptr;
    QPushButton *m_openFolder = nullptr;

    QFutureWatcher<Outcome<ImportReport>> m_watcher;
    std::atomic_bool m_cancel{false};
    std::function<void(const ImportProgress &)> m_hook;
    bool m_running = false;
    bool m_done = false;
    std::optional<ImportReport> m_report;
    QString m_error;
};

} // namespace sinergi
