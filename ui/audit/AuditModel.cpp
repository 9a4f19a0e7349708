#include "AuditModel.h"

#include "AuditActions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::formatTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(u"dd-MM-yyyy HH:mm:ss"_qs);
}

QString AuditModel::formatDetails(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return json;
    const QJsonObject object = doc.object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
    {
        const QString value = it.value().toVariant().toString();
        parts.append(it.key() + u": "_qs + (value.isEmpty() ? u"—"_qs : value));
    }
    return parts.join(u", "_qs);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case ActionIdRole: return e.action;
    case SeqRole: return e.seq;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return formatTime(e.ts);
        case ActorColumn: return e.actor;
        case ActionColumn: return AuditActions::describe(e.action);
        case TargetColumn: return e.target;
        case DetailsColumn: return formatDetails(e.details);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return tr("Entry #%1").arg(e.seq);
        case ActionColumn: return e.action;
        case DetailsColumn: return e.details;
        default: break;
        }
        break;
    case SortRole:
        // Time sorts by sequence: the chain order is the true order even if the clock was changed.
        if (index.column() == TimeColumn)
            return e.seq;
        return data(index, Qt::DisplayRole);
    default: break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("User");
    case ActionColumn: return tr("Action");
    case TargetColumn: return tr("Target");
    case DetailsColumn: return tr("Details");
    }
    return {};
}

} // namespace sinergi
