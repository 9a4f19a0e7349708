#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace sinergi {

class Session;

// Logs what PII a user with Permission::ViewPii was shown by the record grid: ONE audit entry ("pii.view",
// target = dataset, details = the record ids and field names, never values) per page of rows whose PII
// reached the UI. A page, not a cell or a row: the model cannot know which cells a view actually paints
// (a tall window, a copy to the clipboard), and per-cell logging while scrolling would write thousands of
// rows a minute. The page that was handed to the UI is the unit of disclosure: bounded (one entry per 200
// rows at most once per query), and it errs on the side of logging more, not less. Entries are written
// after the current event (not from inside a paint) and together in one transaction.
class PiiViewAuditor : public QObject
{
    Q_OBJECT
public:
    PiiViewAuditor(Session &session, QObject *parent = nullptr);
    ~PiiViewAuditor() override;

    // Starts a new query: pages are numbered afresh.
    void reset(const QString &dataset, const QStringList &piiFields);
    bool alreadyLogged(int page) const { return m_logged.contains(page); }
    void pageShown(int page, const QList<qint64> &ids);
    void flush();
    int entriesWritten() const { return m_written; }

private:
    struct Pending
    {
        QString dataset;
        QList<qint64> ids;
    };
    Session &m_session;
    QString m_dataset;
    QStringList m_fields;
    QSet<int> m_logged;
    QList<Pending> m_pending;
    bool m_flushScheduled = false;
    static constexpr int kRetryMs = 1000; // after a failed write (store busy)
    int m_written = 0;
};

} // namespace sinergi
