#pragma once

#include "importing/ColumnMapping.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace sinergi {

class DatasetTemplate;

// The wizard's mapping step as a table: one row per template field, with the source column that feeds it
// and, for date fields, how its dates are written. Edits go straight into a ColumnMapping, so what the
// table shows is exactly what the importer will follow. A source column feeds at most one field: choosing
// it for a second field takes it from the first (ColumnMapping::assign), and the table shows that.
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, SourceColumn, DateFormatColumn, SampleColumn, ColumnCount };
    // Qt::UserRole on SourceColumn / DateFormatColumn: the choices (QStringList) a combo editor offers;
    // EditRole there is the index into them (source: 0 = not mapped, n = header column n-1).
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    MappingModel(const DatasetTemplate &tpl, QString language, QObject *parent = nullptr);

    // header: the file's header; sample: its first data row (for the example column).
    void reset(const QStringList &header, const QStringList &sample, const ColumnMapping &mapping);
    const ColumnMapping &mapping() const { return m_mapping; }
    const QStringList &header() const { return m_header; }
    const DatasetTemplate &dataset() const { return m_tpl; }
    int rowOfField(const QString &field) const;
    QString fieldAt(int row) const;
    // Required and natural-key fields no column feeds (field names).
    QStringList missingRequired() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    bool isDate(int row) const;
    QStringList sourceChoices() const;
    static QStringList dateFormatChoices();

    const DatasetTemplate &m_tpl;
    QString m_language;
    QStringList m_header;
    QStringList m_sample;
    ColumnMapping m_mapping;
};

} // namespace sinergi
