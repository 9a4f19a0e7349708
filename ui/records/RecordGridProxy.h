#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace sinergi {

// Presentation on top of RecordTableModel, which stays free of widgets concerns: rows with validation
// errors get a red marker in the first column and a pale red background, rows with only warnings an
// amber marker, deleted rows (shown with "Show deleted") grey text, and the marker's tooltip says why.
// Row data is passed through unchanged; sort() reaches the source model (QAbstractProxyModel forwards it).
class RecordGridProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit RecordGridProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Header tooltips say which columns sort (only those with an index do).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QIcon m_errorIcon;
    QIcon m_warningIcon;
};

} // namespace sinergi
