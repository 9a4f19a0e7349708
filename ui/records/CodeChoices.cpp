#include "CodeChoices.h"

#include "datasets/CodeListRegistry.h"
#include "datasets/FieldDef.h"
#include "datasets/RegionCatalog.h"

namespace sinergi {

namespace {
QList<CodeChoices::Choice> fromRegions(const QList<RegionCatalog::Region> &regions)
{
    QList<CodeChoices::Choice> out;
    out.reserve(regions.size());
    for (const RegionCatalog::Region &r : regions)
        out.append({r.code, r.name});
    return out;
}
} // namespace

bool CodeChoices::isRegionList(const QString &codeList)
{
    return codeList.startsWith(u"wilayah_");
}

QList<CodeChoices::Choice> CodeChoices::forField(const FieldDef &field, const CodeListRegistry &codeLists,
                                                 const RegionCatalog &regions, const QString &language,
                                                 const QString &scope, const QString &version)
{
    const QString &list = field.codeList;
    if (list == u"wilayah_provinsi")
        return fromRegions(regions.provinces());
    if (list == u"wilayah_kabkota") {
        QList<RegionCatalog::Region> all;
        for (const RegionCatalog::Region &p : regions.provinces())
            all += regions.regencies(p.code);
        return fromRegions(all);
    }
    if (list == u"wilayah_kecamatan") {
        if (!scope.isEmpty())
            return fromRegions(regions.districts(scope));
        // No regency known yet: the whole country (about 7,300 entries; the completer keeps it usable).
        QList<RegionCatalog::Region> all;
        for (const RegionCatalog::Region &p : regions.provinces())
            for (const RegionCatalog::Region &r : regions.regencies(p.code))
                all += regions.districts(r.code);
        return fromRegions(all);
    }
    if (list == u"wilayah_desa")
        return scope.isEmpty() ? QList<Choice>{} : fromRegions(regions.villages(scope));

    const QString wanted = version.isEmpty() ? field.codeListVersion : version;
    const CodeList *codes = codeLists.find(list, wanted);
    if (!codes)
        return {};
    QList<Choice> out;
    out.reserve(codes->entries().size());
    for (const CodeList::Entry &e : codes->entries())
        out.append({e.code, e.label.text(language)});
    return out;
}

} // namespace sinergi
