#pragma once

#include "importing/ColumnTransform.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sinergi {

class CodeListRegistry;
class DatasetTemplate;
class MappingProfile;

// The mapping for one file: which source column feeds which template field and with which transform.
// Built from the file's header, the profile (if any) and automatic matching; the wizard shows and edits
// it, the importer follows it.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ColumnMapping)
public:
    struct Column
    {
        QString field;     // template field
        int source = -1;   // index in the file's header
        ColumnTransform transform;
        bool automatic = false; // matched by name/synonym rather than by the profile
    };

    // codeLists: when given, the labels of each code list ("Laki-laki", "Male") map to their codes, so a
    // source that writes labels instead of codes needs no value map.
    static ColumnMapping build(const QStringList &header, const DatasetTemplate &tpl,
                               const MappingProfile *profile = nullptr,
                               const CodeListRegistry *codeLists = nullptr);

    // Mapped fields in template order.
    const QList<Column> &columns() const { return m_columns; }
    const Column *column(const QString &field) const;
    QStringList unmappedHeaders() const { return m_unmapped; }
    // Required template fields (and natural-key fields) no column feeds.
    QStringList missingRequired(const DatasetTemplate &tpl) const;
    // Messages such as "two columns map to nik; the first is used".
    const QStringList &notes() const { return m_notes; }

    // Changes by hand (the wizard): map a source column to a field, or unmap it with an empty field.
    void assign(const QStringList &header, int source, const QString &field, const DatasetTemplate &tpl,
                const ColumnTransform &transform = {});

private:
    void sortByTemplate(const DatasetTemplate &tpl);

    QList<Column> m_columns;
    QStringList m_unmapped;
    QStringList m_notes;
};

} // namespace sinergi
