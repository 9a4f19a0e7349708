#include "ExportColumns.h"

namespace sinergi {

QList<ExportColumn> ExportColumns::plan(const DatasetTemplate &tpl, bool includePii, bool codeLabels,
                                        const QString &language)
{
    QList<ExportColumn> out;
    const QList<FieldDef> &fields = tpl.fields();
    for (int i = 0; i < fields.size(); ++i) {
        const FieldDef &f = fields.at(i);
        if (f.pii && !includePii)
            continue;
        ExportColumn c;
        c.header = f.label(language);
        c.field = &f;
        c.source = i;
        if (!f.codeListVersionField.isEmpty())
            c.versionSource = static_cast<int>(tpl.fieldNames().indexOf(f.codeListVersionField));
        out << c;
        if (f.type == FieldType::Code && codeLabels) {
            c.header = tr("%1 (label)").arg(f.label(language));
            c.role = ExportColumn::Role::CodeLabel;
            out << c;
        }
    }
    return out;
}

bool ExportColumns::hasPiiFields(const DatasetTemplate &tpl)
{
    for (const FieldDef &f : tpl.fields())
        if (f.pii)
            return true;
    return false;
}

} // namespace sinergi
