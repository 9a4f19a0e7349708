#pragma once

#include <QStyledItemDelegate>

namespace sinergi {

// A combo box editor for cells whose model offers its choices (a QStringList under choicesRole) and takes
// the chosen index as EditRole. Commits on every change, so a persistent editor behaves like a plain combo.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace sinergi
