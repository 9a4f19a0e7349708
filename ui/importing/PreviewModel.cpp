#include "PreviewModel.h"

#include <QBrush>
#include <QColor>

namespace sinergi {

namespace {

QVariant background(ImportPreview::Status status)
{
    switch (status) {
    case ImportPreview::Status::Ok:
        return {};
    case ImportPreview::Status::Warning:
        return QBrush(QColor(0xff, 0xf3, 0xc4));
    case ImportPreview::Status::Error:
        return QBrush(QColor(0xff, 0xdd, 0xb8));
    case ImportPreview::Status::Rejected:
        return QBrush(QColor(0xf8, 0xc8, 0xc8));
    }
    return {};
}

} // namespace

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewModel::reset(const ImportPreview::Result &result, const QStringList &columnTitles)
{
    beginResetModel();
    m_result = result;
    m_titles = columnTitles;
    endResetModel();
}

QString PreviewModel::statusText(ImportPreview::Status status)
{
    switch (status) {
    case ImportPreview::Status::Ok:
        return tr("OK");
    case ImportPreview::Status::Warning:
        return tr("Warning");
    case ImportPreview::Status::Error:
        return tr("Error");
    case ImportPreview::Status::Rejected:
        return tr("Rejected");
    }
    return {};
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_titles.size()) + 1;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportPreview::Row &row = m_result.rows.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 · %2").arg(row.line).arg(statusText(row.status));
        case Qt::ToolTipRole:
            return row.messages.isEmpty() ? QVariant() : row.messages.join(u'\n');
        case Qt::BackgroundRole:
            return background(row.status);
        case StatusRole:
            return static_cast<int>(row.status);
        }
        return {};
    }
    const qsizetype c = index.column() - 1;
    if (c >= row.cells.size())
        return {};
    const ImportPreview::Cell &cell = row.cells.at(c);
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.problem.isEmpty() ? QVariant() : cell.problem;
    case Qt::BackgroundRole:
        return background(cell.status);
    case StatusRole:
        return static_cast<int>(cell.status);
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Row · status");
    return m_titles.value(section - 1);
}

} // namespace sinergi
