#pragma once

#include "ValidationJob.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace sinergi {

class Session;

// Runs a ValidationJob on a thread of its own with a worker connection, so the window never waits for
// it; progress and the outcome arrive as signals on the runner's (GUI) thread. Cancelling rolls the
// job's transaction back. Needs EditRecords: the job rewrites every record's problem counts.
class ValidationRunner : public QObject
{
    Q_OBJECT
public:
    ValidationRunner(Session &session, const TemplateRegistry &templates, const RecordValidator &validator,
                     const RegionCatalog *regions, QObject *parent = nullptr);
    ~ValidationRunner() override; // cancels a running job and waits for it

    bool isRunning() const { return m_thread != nullptr; }
    // Throws PermissionDenied, or a store error when the worker connection cannot be opened.
    void start(const QStringList &datasets = {});
    void cancel();
    const ValidationResult &lastResult() const { return m_result; }

signals:
    void progressed(qint64 done, qint64 total);
    void buildingIndexes(int built, int total); // before the rows, when a big import left indexes to build
    void finished(bool cancelled);
    void failed(const QString &message);

private:
    void onThreadDone();

    Session &m_session;
    ValidationJob m_job;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ValidationResult m_result;
    QString m_error;
};

} // namespace sinergi
