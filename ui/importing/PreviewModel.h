#pragma once

#include "importing/ImportPreview.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace sinergi {

// The preview step's table: the first rows of the file as the importer will see them. Column 0 is the
// row's line and verdict; then one column per mapped field. Cells with a problem are coloured by severity
// and carry the problem as their tooltip.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int StatusRole = Qt::UserRole + 1; // ImportPreview::Status as int

    explicit PreviewModel(QObject *parent = nullptr);

    // columnTitles: one per mapping column (the field labels).
    void reset(const ImportPreview::Result &result, const QStringList &columnTitles);
    const ImportPreview::Result &result() const { return m_result; }
    static QString statusText(ImportPreview::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPreview::Result m_result;
    QStringList m_titles;
};

} // namespace sinergi
