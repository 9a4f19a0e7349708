#include "PiiViewAuditor.h"

#include "common/Error.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace sinergi {

PiiViewAuditor::PiiViewAuditor(Session &session, QObject *parent) : QObject(parent), m_session(session) {}

PiiViewAuditor::~PiiViewAuditor()
{
    try {
        flush();
    } catch (...) {
        // A destructor must not throw; the store is going away (log-out, lock) and nothing can be done.
    }
}

void PiiViewAuditor::reset(const QString &dataset, const QStringList &piiFields)
{
    m_dataset = dataset;
    m_fields = piiFields;
    m_logged.clear();
}

void PiiViewAuditor::pageShown(int page, const QList<qint64> &ids)
{
    if (m_logged.contains(page) || ids.isEmpty())
        return;
    m_logged.insert(page);
    m_pending << Pending{m_dataset, ids};
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &PiiViewAuditor::flush);
    }
}

void PiiViewAuditor::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    if (m_session.isRotatingKey()) { // the connection is being replaced on another thread: later
        m_flushScheduled = true;
        QTimer::singleShot(kRetryMs, this, &PiiViewAuditor::flush);
        return;
    }
    const QList<Pending> pending = std::exchange(m_pending, {});
    // Called from the event loop: an error must not escape it. The store can be busy for a while (a data-key
    // rotation holds it on another thread), so the entries are kept and written by a later attempt.
    try {
        Transaction tx(m_session.db());
        qint64 written = 0;
        for (const Pending &p : pending) {
            QJsonArray ids;
            for (qint64 id : p.ids)
                ids << id;
            const QJsonObject details{{u"ids"_qs, ids}, {u"fields"_qs, QJsonArray::fromStringList(m_fields)}};
            m_session.audit().append(
                m_session.user().username, u"pii.view"_qs, p.dataset,
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
            ++written;
        }
        tx.commit();
        m_written += written;
    } catch (const Error &) {
        m_pending = pending + m_pending;
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            QTimer::singleShot(kRetryMs, this, &PiiViewAuditor::flush);
        }
    }
}

} // namespace sinergi
