#include "MappingModel.h"

#include "datasets/DatasetTemplate.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sinergi {

namespace {

// Order of the date format combo; index 0 is automatic.
constexpr ColumnTransform::DateFormat kDateFormats[] = {
    ColumnTransform::DateFormat::Auto, ColumnTransform::DateFormat::DayFirst,
    ColumnTransform::DateFormat::MonthFirst, ColumnTransform::DateFormat::Iso,
    ColumnTransform::DateFormat::ExcelSerial};

int dateFormatIndex(ColumnTransform::DateFormat format)
{
    for (int i = 0; i < int(std::size(kDateFormats)); ++i)
        if (kDateFormats[i] == format)
            return i;
    return 0;
}

bool isRequired(const DatasetTemplate &tpl, const FieldDef &f)
{
    return f.required || tpl.naturalKey().contains(f.name);
}

} // namespace

MappingModel::MappingModel(const DatasetTemplate &tpl, QString language, QObject *parent)
    : QAbstractTableModel(parent), m_tpl(tpl), m_language(std::move(language))
{
}

void MappingModel::reset(const QStringList &header, const QStringList &sample, const ColumnMapping &mapping)
{
    beginResetModel();
    m_header = header;
    m_sample = sample;
    m_mapping = mapping;
    endResetModel();
    emit mappingChanged();
}

int MappingModel::rowOfField(const QString &field) const
{
    for (int r = 0; r < m_tpl.fields().size(); ++r)
        if (m_tpl.fields().at(r).name == field)
            return r;
    return -1;
}

QString MappingModel::fieldAt(int row) const
{
    return row >= 0 && row < m_tpl.fields().size() ? m_tpl.fields().at(row).name : QString();
}

QStringList MappingModel::missingRequired() const
{
    return m_mapping.missingRequired(m_tpl);
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tpl.fields().size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MappingModel::isDate(int row) const
{
    return m_tpl.fields().at(row).type == FieldType::Date;
}

QStringList MappingModel::sourceChoices() const
{
    QStringList choices{tr("(not mapped)")};
    for (int i = 0; i < m_header.size(); ++i)
        choices << (m_header.at(i).isEmpty() ? tr("(column %1 without a name)").arg(i + 1) : m_header.at(i));
    return choices;
}

QStringList MappingModel::dateFormatChoices()
{
    return {tr("Automatic"), tr("dd/mm/yyyy (day first)"), tr("mm/dd/yyyy (month first)"),
            tr("yyyy-mm-dd (ISO)"), tr("Excel serial number")};
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDef &f = m_tpl.fields().at(index.row());
    const ColumnMapping::Column *c = m_mapping.column(f.name);
    const bool required = isRequired(m_tpl, f);
    switch (index.column()) {
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return f.label(m_language) + (required ? QStringLiteral(" *") : QString());
        if (role == Qt::ToolTipRole)
            return required
                       ? tr("%1 (%2): required, every row needs a value").arg(f.label(m_language), f.name)
                       : tr("%1 (%2)").arg(f.label(m_language), f.name);
        if (role == Qt::ForegroundRole && required && !c)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (role == Qt::FontRole && required) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return sourceChoices().value(c ? c->source + 1 : 0);
        if (role == Qt::EditRole)
            return c ? c->source + 1 : 0;
        if (role == ChoicesRole)
            return sourceChoices();
        if (role == Qt::ToolTipRole && c)
            return c->automatic ? tr("Matched automatically by the column name")
                                : tr("Chosen by you or the profile");
        break;
    case DateFormatColumn:
        if (!isDate(index.row()))
            break;
        if (role == Qt::DisplayRole)
            return dateFormatChoices().value(c ? dateFormatIndex(c->transform.dateFormat) : 0);
        if (role == Qt::EditRole)
            return c ? dateFormatIndex(c->transform.dateFormat) : 0;
        if (role == ChoicesRole)
            return dateFormatChoices();
        break;
    case SampleColumn:
        if (role == Qt::DisplayRole && c)
            return m_sample.value(c->source);
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x55, 0x55, 0x55));
        break;
    }
    return {};
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    const QString field = fieldAt(index.row());
    const ColumnMapping::Column *current = m_mapping.column(field);
    bool ok = false;
    const int choice = value.toInt(&ok);
    if (!ok)
        return false;
    if (index.column() == SourceColumn) {
        if (choice < 0 || choice > m_header.size())
            return false;
        const int source = choice - 1;
        if (current && current->source == source)
            return true;
        if (source < 0) {
            if (current)
                m_mapping.assign(m_header, current->source, QString(), m_tpl);
        } else {
            const ColumnTransform transform = current ? current->transform : ColumnTransform{};
            m_mapping.assign(m_header, source, field, m_tpl, transform);
        }
    } else if (index.column() == DateFormatColumn && isDate(index.row())) {
        if (!current || choice < 0 || choice >= int(std::size(kDateFormats)))
            return false;
        ColumnTransform transform = current->transform;
        transform.dateFormat = kDateFormats[choice];
        m_mapping.assign(m_header, current->source, field, m_tpl, transform);
    } else {
        return false;
    }
    // Taking a column from another field changes that row too: repaint the whole table (a few dozen rows).
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    emit mappingChanged();
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SourceColumn)
        f |= Qt::ItemIsEditable;
    if (index.column() == DateFormatColumn && isDate(index.row()) && m_mapping.column(fieldAt(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field in Sinergi");
    case SourceColumn:
        return tr("Column in the file");
    case DateFormatColumn:
        return tr("Date format");
    case SampleColumn:
        return tr("Example (first row)");
    }
    return {};
}

} // namespace sinergi
