#pragma once

#include "datasets/DatasetTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sinergi {

// One column of an export file and where its value comes from in a RecordSql row.
struct ExportColumn
{
    enum class Role {
        Value,    // the stored value
        CodeLabel // the label of the code in `source` (a code field's second column)
    };
    QString header;
    const FieldDef *field = nullptr; // points into the template passed to exportColumns()
    int source = 0;                  // index in the row (RecordSql::columns())
    int versionSource = -1;          // code fields whose list version is held by another field
    Role role = Role::Value;
};

class ExportColumns
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ExportColumns)
public:
    // The template's fields in order. PII fields only when includePii: an export without personal data
    // leaves those columns out rather than masking them, because a masked NIK or initial in a file that
    // leaves the office is useless for work and still a piece of identifying data. With codeLabels a code
    // field is followed by its label column; the code column keeps the field's own label as header so
    // that the file imports back into Sinergi unchanged.
    static QList<ExportColumn> plan(const DatasetTemplate &tpl, bool includePii, bool codeLabels,
                                    const QString &language);
    static bool hasPiiFields(const DatasetTemplate &tpl);
};

} // namespace sinergi
