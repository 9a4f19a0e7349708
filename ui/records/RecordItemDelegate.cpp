#include "RecordItemDelegate.h"

#include "CodeChoices.h"
#include "FieldEditor.h"
#include "RecordsContext.h"
#include "common/Translations.h"
#include "datasets/DatasetTemplate.h"
#include "records/RecordTableModel.h"

namespace sinergi {

RecordItemDelegate::RecordItemDelegate(RecordsContext &context, RecordTableModel &records, QObject *parent)
    : QStyledItemDelegate(parent), m_context(context), m_records(records)
{
}

const FieldDef *RecordItemDelegate::fieldAt(int column) const
{
    const DatasetTemplate *tpl = m_records.dataset();
    return tpl && column >= 0 && column < tpl->fields().size() ? &tpl->fields().at(column) : nullptr;
}

QString RecordItemDelegate::scopeFor(const FieldDef &field, const QModelIndex &index) const
{
    // As in the form: kecamatan of the office's regency (or of the record's own kecamatan), desa of the
    // kecamatan this row holds.
    const QString own = index.data(Qt::EditRole).toString();
    if (field.codeList == u"wilayah_kecamatan")
        return !m_regency.isEmpty() ? m_regency : own.section(u'.', 0, 1);
    if (field.codeList == u"wilayah_desa") {
        const DatasetTemplate *tpl = m_records.dataset();
        for (int c = 0; tpl && c < tpl->fields().size(); ++c)
            if (tpl->fields().at(c).codeList == u"wilayah_kecamatan") {
                const QString kecamatan = index.siblingAtColumn(c).data(Qt::EditRole).toString();
                return kecamatan.isEmpty() ? own.section(u'.', 0, 2) : kecamatan;
            }
        return own.section(u'.', 0, 2);
    }
    return {};
}

QWidget *RecordItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const FieldDef *field = fieldAt(index.column());
    if (!field)
        return QStyledItemDelegate::createEditor(parent, option, index);
    // Editable cells are never masked (the model refuses those), so the editor holds the real value.
    auto *editor = new FieldEditor(*field, false, parent);
    editor->setObjectName(field->name);
    editor->setAutoFillBackground(true); // the cell's text must not show through
    if (field->type == FieldType::Code)
        editor->setChoices(CodeChoices::forField(
            *field, m_context.codeLists(), m_context.regions(), Translations::current(),
            CodeChoices::isRegionList(field->codeList) ? scopeFor(*field, index) : QString()));
    editor->setFocusProxy(editor->input());
    return editor;
}

void RecordItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *e = qobject_cast<FieldEditor *>(editor))
        e->setValue(index.data(Qt::EditRole));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void RecordItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *e = qobject_cast<FieldEditor *>(editor);
    if (!e) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (e->isEdited()) // opening and leaving a cell writes nothing (and adds no history entry)
        model->setData(index, e->value(), Qt::EditRole);
}

void RecordItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &) const
{
    // A narrow column still gets a usable editor: a code combo or a date with its "set" box needs room.
    QRect r = option.rect;
    r.setWidth(qMax(r.width(), editor->sizeHint().width()));
    r.setHeight(qMax(r.height(), editor->sizeHint().height()));
    if (const QWidget *viewport = editor->parentWidget(); viewport && r.right() >= viewport->width()) {
        r.moveRight(viewport->width() - 1);
        if (r.left() < 0)
            r.moveLeft(0);
    }
    editor->setGeometry(r);
}

} // namespace sinergi
