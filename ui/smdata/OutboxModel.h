#pragma once

#include "smdata/Outbox.h"
#include "smdata/OutboxSender.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sinergi {

// The outbox's batches for the table of the "SMData submissions" page: period, description, when queued,
// state in words (with parts n/m while sending), attempts, next attempt, last error. Rows come from
// Outbox::all(); the sender's progress of the batch in flight is laid over them until the next reload.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Period, Description, Created, State, Attempts, NextAttempt, LastError, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setBatches(QList<smdata::OutboxBatch> batches);
    void setProgress(const smdata::SendProgress &progress);
    const smdata::OutboxBatch *batchAt(int row) const;
    int rowOf(const QString &batchId) const;

    // "queued", "sending 3/10", ... translated.
    static QString stateText(smdata::OutboxState state, int partsAcknowledged, int partCount);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<smdata::OutboxBatch> m_batches;
    QHash<QString, smdata::SendProgress> m_progress;
};

} // namespace sinergi
