#include "RecordGridProxy.h"

#include "records/RecordTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace sinergi {

namespace {
QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}
} // namespace

RecordGridProxy::RecordGridProxy(QObject *parent)
    : QIdentityProxyModel(parent), m_errorIcon(dot(QColor(0xd9, 0x2d, 0x20))),
      m_warningIcon(dot(QColor(0xe0, 0x8e, 0x0b)))
{
}

QVariant RecordGridProxy::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::BackgroundRole: {
        const int errors = QIdentityProxyModel::data(index, RecordTableModel::ProblemsRole).toInt();
        return errors > 0 ? QVariant(QBrush(QColor(0xfd, 0xec, 0xea))) : QVariant();
    }
    case Qt::ForegroundRole:
        if (QIdentityProxyModel::data(index, RecordTableModel::DeletedRole).toBool())
            return QBrush(QColor(0x8a, 0x94, 0x9e));
        return {};
    case Qt::FontRole:
        if (QIdentityProxyModel::data(index, RecordTableModel::DeletedRole).toBool()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
    case Qt::ToolTipRole: {
        if (index.column() != 0)
            return QIdentityProxyModel::data(index, role); // a code cell's "code — label"
        const int errors = QIdentityProxyModel::data(index, RecordTableModel::ProblemsRole).toInt();
        const int warnings = QIdentityProxyModel::data(index, RecordTableModel::WarningsRole).toInt();
        if (role == Qt::DecorationRole)
            return errors > 0 ? QVariant(m_errorIcon) : warnings > 0 ? QVariant(m_warningIcon) : QVariant();
        if (errors == 0 && warnings == 0)
            return {};
        return tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
               tr("%n warning(s)", nullptr, warnings);
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QVariant RecordGridProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    const auto *records = qobject_cast<const RecordTableModel *>(sourceModel());
    if (role != Qt::ToolTipRole || orientation != Qt::Horizontal || !records)
        return QIdentityProxyModel::headerData(section, orientation, role);
    return records->isSortable(section) ? tr("Click to sort by this column")
                                        : tr("This column cannot be sorted");
}

} // namespace sinergi
