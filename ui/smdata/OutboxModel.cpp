#include "OutboxModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace sinergi {

using smdata::OutboxState;

void OutboxModel::setBatches(QList<smdata::OutboxBatch> batches)
{
    beginResetModel();
    // Newest first: the batch just built is at the top.
    std::reverse(batches.begin(), batches.end());
    m_batches = std::move(batches);
    // Stored rows are the truth again; keep only progress that is ahead of them (a part acknowledged after
    // the read).
    for (auto it = m_progress.begin(); it != m_progress.end();) {
        const int row = rowOf(it.key());
        const bool ahead = row >= 0 && m_batches.at(row).state == OutboxState::Sending &&
                           it->state == OutboxState::Sending &&
                           it->partsAcknowledged > m_batches.at(row).partsAcknowledged;
        it = ahead ? std::next(it) : m_progress.erase(it);
    }
    endResetModel();
}

void OutboxModel::setProgress(const smdata::SendProgress &progress)
{
    m_progress.insert(progress.batchId, progress);
    const int row = rowOf(progress.batchId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const smdata::OutboxBatch *OutboxModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int OutboxModel::rowOf(const QString &batchId) const
{
    for (int i = 0; i < m_batches.size(); ++i)
        if (m_batches.at(i).batchId == batchId)
            return i;
    return -1;
}

QString OutboxModel::stateText(OutboxState state, int partsAcknowledged, int partCount)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("queued");
    case OutboxState::Sending:
        return tr("sending %1/%2").arg(partsAcknowledged).arg(partCount);
    case OutboxState::Sent:
        return tr("sent");
    case OutboxState::Accepted:
        return tr("accepted");
    case OutboxState::Rejected:
        return tr("rejected");
    case OutboxState::Failed:
        return tr("failed");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const smdata::OutboxBatch *b = batchAt(index.row());
    if (!b)
        return {};
    OutboxState state = b->state;
    int acked = b->partsAcknowledged;
    if (const auto it = m_progress.constFind(b->batchId); it != m_progress.cend()) {
        state = it->state;
        acked = it->partsAcknowledged;
    }
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Period:
            return b->period;
        case Description:
            return b->description;
        case Created:
            return locale.toString(b->createdAt.toLocalTime(), QLocale::ShortFormat);
        case State:
            return stateText(state, acked, b->partCount);
        case Attempts:
            return b->attempts;
        case NextAttempt:
            return b->finished() ? QString()
                                 : locale.toString(b->nextAttemptAt.toLocalTime(), QLocale::ShortFormat);
        case LastError:
            return b->lastError;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastError && !b->lastError.isEmpty())
            return b->lastError;
        return tr("Batch %1").arg(b->batchId);
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (state == OutboxState::Accepted)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        if (state == OutboxState::Rejected || state == OutboxState::Failed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Period:
        return tr("Period");
    case Description:
        return tr("Description");
    case Created:
        return tr("Created");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextAttempt:
        return tr("Next attempt");
    case LastError:
        return tr("Last error");
    }
    return {};
}

} // namespace sinergi
