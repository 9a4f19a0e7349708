#pragma once

#include <QStyledItemDelegate>

namespace sinergi {

class RecordsContext;
class RecordTableModel;
struct FieldDef;

// Edits one cell of the record grid in place with the editor the form uses for that field type
// (FieldEditor: date edit with calendar and "set" box, searchable code combo, validated line edits, a check
// box for yes/no), so a value typed in the grid is checked exactly as in the form. Enter commits, Escape
// cancels (QStyledItemDelegate's key handling); an editor left untouched writes nothing. The model decides
// what is editable (permission, PII masking, deleted rows) and does the write.
class RecordItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RecordItemDelegate(RecordsContext &context, RecordTableModel &records, QObject *parent = nullptr);

    // The regency whose kecamatan the kecamatan picker lists (the office's, when configured).
    void setRegency(const QString &regency) { m_regency = regency; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    const FieldDef *fieldAt(int column) const;
    QString scopeFor(const FieldDef &field, const QModelIndex &index) const;

    RecordsContext &m_context;
    RecordTableModel &m_records;
    QString m_regency;
};

} // namespace sinergi
