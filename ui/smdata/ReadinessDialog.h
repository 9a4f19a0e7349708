#pragma once

#include "common/Error.h"
#include "smdata/BatchBuilder.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace sinergi {

class Session;

// Before a month's SMData batch is queued, what it will carry (issue 6, readiness report): per dataset the
// records sent, those from other months sent because a sent record refers to them, the records withheld and
// why, and which fields are sent, pseudonymised, minimised or withheld; the IPK aggregates and the month's
// IPK checks; size and parts. The batch is built on a worker thread (seconds at 10^5 records) while the
// dialog shows that it is working; "Queue for sending" puts exactly the batch shown in the outbox.
class ReadinessDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts building at once. A month that cannot be built (not approved, no regency set, no permission)
    // shows why, with only Cancel.
    ReadinessDialog(Session &session, const QString &month, QWidget *parent = nullptr);

    bool isBuilding() const { return m_building; }
    const smdata::BuiltBatch *batch() const { return m_batch.get(); } // null while building or after an error
    QString queuedBatchId() const { return m_queuedId; }

    QTreeWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *queueButton() const { return m_queue; }

signals:
    void built();                        // the report is shown (or the error)
    void queued(const QString &batchId); // the batch is in the outbox

private:
    void showReport(const smdata::ReadinessReport &report);
    void showError(const Error &error);
    void queueBatch();

    Session &m_session;
    QString m_month;
    bool m_building = false;
    std::shared_ptr<const smdata::BuiltBatch> m_batch;
    QString m_queuedId;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_details = nullptr;
    QTreeWidget *m_table = nullptr;
    QPushButton *m_queue = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sinergi
