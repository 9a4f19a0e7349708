#include "ChoiceDelegate.h"

#include <QComboBox>

namespace sinergi {

ChoiceDelegate::ChoiceDelegate(int choicesRole, QObject *parent)
    : QStyledItemDelegate(parent), m_choicesRole(choicesRole)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItems(index.data(m_choicesRole).toStringList());
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // The choices can change between resets (another file, another header): refill when they differ.
    const QStringList choices = index.data(m_choicesRole).toStringList();
    QStringList current;
    for (int i = 0; i < combo->count(); ++i)
        current << combo->itemText(i);
    if (current != choices) {
        combo->clear();
        combo->addItems(choices);
    }
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentIndex(), Qt::EditRole);
}

} // namespace sinergi
