#include "IpkTableModel.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace sinergi {

IpkTableModel::IpkTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void IpkTableModel::setTable(const IpkTable &table, const QString &language)
{
    beginResetModel();
    m_table = table;
    m_language = language;
    m_shownRows = int(table.rows.size()) - (table.otherRowUsed() ? 0 : 1);
    m_shownRows = std::max(0, std::min<int>(m_shownRows, int(table.cells.size())));
    m_empty = false;
    endResetModel();
}

void IpkTableModel::clear()
{
    beginResetModel();
    m_table = {};
    m_shownRows = 0;
    m_empty = true;
    endResetModel();
}

int IpkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_empty ? 0 : m_shownRows + 1;
}

int IpkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_empty ? 0 : int(m_table.columns.size()) + 1;
}

qint64 IpkTableModel::valueAt(int row, int column) const
{
    if (isTotalRow(row))
        return m_table.total(m_table.columns.at(column));
    return m_table.cells.at(row).at(column);
}

QVariant IpkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return isTotalRow(row) ? tr("Total") : m_table.rows.at(row).text(m_language);
        return QLocale().toString(valueAt(row, column - 1));
    case Qt::UserRole:
        if (column == 0)
            return {};
        return valueAt(row, column - 1);
    case Qt::ToolTipRole:
        if (column == 0)
            return {};
        return IpkColumns::label(m_table.columns.at(column - 1)) + u": "_qs +
               QLocale().toString(valueAt(row, column - 1));
    case Qt::TextAlignmentRole:
        return column == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalRow(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (isTotalRow(row))
            return QPalette().alternateBase();
        return {};
    default:
        return {};
    }
}

QVariant IpkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || m_empty || section < 0 || section > m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Row");
        // "(3) Placed / filled M" wrapped to short lines, the sex on the last one, so that the number
        // columns stay narrow and a whole table fits the window.
        const QString label = IpkColumns::label(m_table.columns.at(section - 1));
        const qsizetype cut = label.lastIndexOf(u' ');
        QStringList lines;
        for (const QString &word : label.left(cut).split(u' ', Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 12)
                lines.last() += u' ' + word;
            else
                lines << word;
        }
        lines << label.mid(cut + 1);
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole && section > 0)
        return IpkColumns::label(m_table.columns.at(section - 1));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace sinergi
