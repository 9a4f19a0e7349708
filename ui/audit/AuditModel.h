#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace sinergi {

// View model over the result of one AuditLog::query (newest first). The query is bounded by the filter's
// limit, so holding the rows is fine.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailsColumn, ColumnCount };
    // Raw values: the action id, the sequence number, the UTC time (for sorting).
    static constexpr int ActionIdRole = Qt::UserRole;
    static constexpr int SeqRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit AuditModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "dd-MM-yyyy HH:mm:ss" in local time, the format Indonesian offices use.
    static QString formatTime(const QDateTime &utc);
    // {"role":"admin","old":"10"} -> "role: admin, old: 10" (non-JSON text is returned as is).
    static QString formatDetails(const QString &json);

private:
    QList<AuditEntry> m_entries;
};

} // namespace sinergi
