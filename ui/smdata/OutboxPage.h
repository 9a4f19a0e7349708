#pragma once

#include "smdata/OutboxSender.h"

#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace sinergi {

class OutboxModel;
class ReadinessDialog;
class Session;
namespace smdata {
class OutboxSenderThread;
}

// "SMData submissions" (SubmitBatches): the outbox's batches with their state in words, attempts, next
// attempt and last error; a progress bar for the batch being sent. The page owns the background sender
// (smdata::OutboxSenderThread on its own store connection), started with the page, so queued batches go out
// while Sinergi is open; "Send now" skips the backoff. "View receipt" shows and verifies a decided batch's
// receipt; "Correction list" fetches a rejected batch's per-record errors and opens the records in the grid.
class OutboxPage : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPage(Session &session, QWidget *parent = nullptr);
    ~OutboxPage() override;
    // Stops the sender (aborting a request in flight; the batch stays as stored) before the session ends.
    void shutDown();
    // While a data-key rotation re-encrypts the store, the sender must not hold a connection to the old
    // file (its writes would be lost with it): paused, then started again on a fresh connection.
    void pauseSender(bool paused);
    bool isSenderRunning() const;

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *buildButton() const { return m_build; }
    QDateEdit *monthEdit() const { return m_month; }
    QPushButton *sendNowButton() const { return m_sendNow; }
    QPushButton *receiptButton() const { return m_receipt; }
    QPushButton *correctionsButton() const { return m_corrections; }
    bool isFetchingCorrections() const { return m_fetching; }

    // The actions behind the buttons, for tests.
    void reload();
    // Opens the readiness report of the chosen month (ReadinessDialog); a batch queued there is sent at once.
    // Returns the dialog (open, window-modal; deleted when closed).
    ReadinessDialog *buildBatch();
    void sendNow();
    void selectBatch(const QString &batchId);
    void showReceipt();
    void showCorrections();
    // A batch was queued (e.g. by the batch builder): look for due work now.
    void wakeSender();

signals:
    void recordsRequested(const QString &dataset, const QList<qint64> &ids, const QString &caption);
    // The sender moved a batch (tests, screenshots).
    void batchUpdated(const QString &batchId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startSender();
    void onProgress(const smdata::SendProgress &p);
    void updateButtons();
    void retranslate();
    QString selectedBatchId() const;

    Session &m_session;
    std::unique_ptr<smdata::OutboxSenderThread> m_sender;
    OutboxModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_month = nullptr;
    QPushButton *m_build = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_sendNow = nullptr;
    QPushButton *m_receipt = nullptr;
    QPushButton *m_corrections = nullptr;
    bool m_fetching = false;
    bool m_shutDown = false;
};

} // namespace sinergi
