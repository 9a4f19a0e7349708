#include "ExportCodeLabels.h"

#include "datasets/CodeListRegistry.h"
#include "datasets/FieldDef.h"
#include "datasets/RegionCatalog.h"

namespace sinergi {

ExportCodeLabels::ExportCodeLabels(const CodeListRegistry *codeLists, const RegionCatalog *regions,
                                   QString language)
    : m_codeLists(codeLists), m_regions(regions), m_language(std::move(language))
{
}

QString ExportCodeLabels::label(const FieldDef &field, const QString &code, const QString &version)
{
    if (code.isEmpty())
        return {};
    const QString key = field.codeList + u'\x1f' + version + u'\x1f' + code;
    const auto it = m_cache.constFind(key);
    if (it != m_cache.cend())
        return *it;
    const QString text = resolve(field, code, version);
    m_cache.insert(key, text);
    return text;
}

QString ExportCodeLabels::resolve(const FieldDef &field, const QString &code, const QString &version) const
{
    if (field.codeList.startsWith(u"wilayah_")) {
        if (!m_regions)
            return {};
        const auto region = m_regions->find(code);
        return region ? region->label() : QString(); // a retired code says which edition it is from
    }
    if (!m_codeLists)
        return {};
    const QString wanted = !version.isEmpty() ? version : field.codeListVersion;
    if (const CodeList *list = m_codeLists->find(field.codeList, wanted); list && list->contains(code))
        return list->label(code, m_language);
    // Newest first: a code retired by a newer list keeps the label its last list gave it.
    const QStringList versions = m_codeLists->versions(field.codeList);
    for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
        const CodeList *list = m_codeLists->find(field.codeList, *v);
        if (list && list->contains(code))
            return list->label(code, m_language);
    }
    return {};
}

} // namespace sinergi
