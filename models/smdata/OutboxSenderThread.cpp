#include "OutboxSenderThread.h"

namespace sinergi::smdata {

OutboxSenderThread::OutboxSenderThread(Database db, SenderConfig config, const Clock &clock, QObject *parent)
    : QObject(parent), m_worker(new OutboxWorker(std::move(db), config, clock))
{
    qRegisterMetaType<sinergi::smdata::SendProgress>();
    m_thread.setObjectName(u"sinergi-smdata-sender"_qs);
    m_worker->moveToThread(&m_thread);
    // Direct: runs on the worker thread as it finishes, so the client and the connection are closed on
    // the thread that used them.
    connect(&m_thread, &QThread::finished, m_worker, &OutboxWorker::teardown, Qt::DirectConnection);
    connect(m_worker, &OutboxWorker::progress, this, &OutboxSenderThread::progress);
    connect(m_worker, &OutboxWorker::batchUpdated, this, &OutboxSenderThread::batchUpdated);
    connect(m_worker, &OutboxWorker::idle, this, &OutboxSenderThread::idle);
    connect(m_worker, &OutboxWorker::problem, this, &OutboxSenderThread::problem);
}

OutboxSenderThread::~OutboxSenderThread()
{
    shutDown();
    delete m_worker;
}

void OutboxSenderThread::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &OutboxWorker::start, Qt::QueuedConnection);
}

void OutboxSenderThread::wake()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &OutboxWorker::wake, Qt::QueuedConnection);
}

void OutboxSenderThread::sendNow()
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, &OutboxWorker::sendNow, Qt::QueuedConnection);
}

void OutboxSenderThread::shutDown()
{
    if (!m_thread.isRunning())
        return;
    m_worker->requestStop();
    m_thread.quit();
    m_thread.wait();
}

} // namespace sinergi::smdata
