#pragma once

#include "OutboxWorker.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace sinergi::smdata {

// Owns the sender's thread and its OutboxWorker: what the GUI's outbox page and `sinergi-cli batch send`
// use. The worker's signals are re-emitted here on the owner's thread. shutDown() (also in the destructor)
// aborts the request in flight and waits for the thread, so it must run before the store the connection
// came from goes away (MainWindow::shutDownBackgroundWork on log-out and quit).
class OutboxSenderThread : public QObject
{
    Q_OBJECT
public:
    // db: a connection of its own to the store (Vault::openWorkerConnection), handed to the worker.
    OutboxSenderThread(Database db, SenderConfig config, const Clock &clock, QObject *parent = nullptr);
    ~OutboxSenderThread() override;

    void start();
    void wake();
    void sendNow();
    void shutDown();
    bool isRunning() const { return m_thread.isRunning(); }

signals:
    void progress(const sinergi::smdata::SendProgress &progress);
    void batchUpdated(const QString &batchId, int outcome);
    void idle(const QDateTime &nextAttempt);
    void problem(const QString &message);

private:
    QThread m_thread;
    OutboxWorker *m_worker = nullptr; // lives on m_thread; deleted after it finished
    bool m_started = false;
};

} // namespace sinergi::smdata
