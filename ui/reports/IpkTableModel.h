#pragma once

#include "reports/IpkReport.h"

#include <QAbstractTableModel>

namespace sinergi {

// One IPK table as a grid: column 0 the row labels as the form lays them out (the "other / unknown" row
// only when used), then one column per number; a bold total row last. Numbers are right-aligned and
// shown with thousands separators; Qt::UserRole gives the raw qint64 (tests, copy).
class IpkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit IpkTableModel(QObject *parent = nullptr);

    void setTable(const IpkTable &table, const QString &language);
    void clear();
    const IpkTable &table() const { return m_table; }
    // Rows shown before the total row.
    int dataRowCount() const { return m_shownRows; }
    bool isTotalRow(int row) const { return row == m_shownRows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 valueAt(int row, int column) const; // column: index into m_table.columns

    IpkTable m_table;
    QString m_language;
    int m_shownRows = 0;
    bool m_empty = true;
};

} // namespace sinergi
