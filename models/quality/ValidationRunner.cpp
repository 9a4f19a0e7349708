#include "ValidationRunner.h"

#include "session/Session.h"

#include <QThread>

namespace sinergi {

ValidationRunner::ValidationRunner(Session &session, const TemplateRegistry &templates,
                                   const RecordValidator &validator, const RegionCatalog *regions,
                                   QObject *parent)
    : QObject(parent), m_session(session), m_job(templates, validator, regions)
{
}

ValidationRunner::~ValidationRunner()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ValidationRunner::start(const QStringList &datasets)
{
    if (m_thread)
        return;
    if (!m_session.can(Permission::EditRecords))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::EditRecords));
    auto db = std::make_shared<Database>(m_session.vault().openWorkerConnection());
    ValidationJob::Options options;
    options.datasets = datasets;
    options.officeRegency = m_session.setting(u"office.regency"_qs);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    options.cancel = m_cancel.get();
    // Called on the job's thread; the session outlives it (the destructor joins the thread).
    options.openReader = [&vault = m_session.vault()] { return vault.openWorkerConnection(); };
    // Progress is posted to this object's thread; "this" outlives the thread (the destructor joins it).
    options.progress = [this](const ValidationProgress &p) {
        QMetaObject::invokeMethod(
            this,
            [this, p] {
                if (p.indexesToBuild > 0 && p.total == 0)
                    emit buildingIndexes(p.indexesBuilt, p.indexesToBuild);
                else
                    emit progressed(p.done, p.total);
            },
            Qt::QueuedConnection);
    };
    m_error.clear();
    m_thread = QThread::create([this, db, options, cancel = m_cancel] {
        try {
            db->setCacheSizeKiB(64 * 1024);
            m_result = m_job.run(*db, options);
        } catch (const Error &e) {
            m_error = e.userMessage();
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &ValidationRunner::onThreadDone);
    m_thread->start(QThread::LowPriority);
}

void ValidationRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ValidationRunner::onThreadDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!m_error.isEmpty())
        emit failed(m_error);
    else
        emit finished(m_result.cancelled);
}

} // namespace sinergi
