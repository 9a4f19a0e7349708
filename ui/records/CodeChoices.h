#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sinergi {

class CodeListRegistry;
class RegionCatalog;
struct FieldDef;

// The choices of a code field's picker: (code, label) pairs from the code list, or for the wilayah_* lists
// from the region catalogue. Regions are scoped so a picker stays short: kecamatan of one regency, desa of
// one kecamatan. When the scope is unknown (no regency configured, no kecamatan chosen yet) the kecamatan
// list is the whole country's and the desa list is empty (the editor then accepts a typed code, and
// validation checks it).
class CodeChoices
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::CodeChoices)
public:
    struct Choice
    {
        QString code;
        QString label;
    };

    // Region lists the pickers know about.
    static bool isRegionList(const QString &codeList);
    // scope: the regency code for wilayah_kecamatan, the kecamatan code for wilayah_desa; version: the
    // list version when the record stores it (KBLI), empty for the latest.
    static QList<Choice> forField(const FieldDef &field, const CodeListRegistry &codeLists,
                                  const RegionCatalog &regions, const QString &language,
                                  const QString &scope = {}, const QString &version = {});
};

} // namespace sinergi
