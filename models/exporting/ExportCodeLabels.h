#pragma once

#include <QHash>
#include <QString>

namespace sinergi {

class CodeListRegistry;
class RegionCatalog;
struct FieldDef;

// Resolves the label of a stored code for an export: code lists by their version (fixed by the field or
// held by another field), the wilayah_* lists by the region catalogue. A code that only an older version
// of its list knows still gets its label (records keep the codes they were saved with). Caches per code,
// because a million rows carry few distinct codes.
class ExportCodeLabels
{
public:
    ExportCodeLabels(const CodeListRegistry *codeLists, const RegionCatalog *regions, QString language);

    // Empty when the code is unknown (or no list was given).
    QString label(const FieldDef &field, const QString &code, const QString &version);

private:
    QString resolve(const FieldDef &field, const QString &code, const QString &version) const;

    const CodeListRegistry *m_codeLists;
    const RegionCatalog *m_regions;
    QString m_language;
    QHash<QString, QString> m_cache;
};

} // namespace sinergi
