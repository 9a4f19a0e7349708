#include "CodeLabels.h"

#include "datasets/CodeListRegistry.h"
#include "datasets/RegionCatalog.h"

namespace sinergi {

namespace {
// The same separator as the code picker (FieldEditor), so a cell and its editor read alike.
const QString kSeparator = QStringLiteral(" \u2014 ");
} // namespace

CodeLabels::CodeLabels(const DatasetTemplate &tpl, const CodeListRegistry *codeLists,
                       const RegionCatalog *regions, const QString &language)
    : m_regions(regions), m_language(language)
{
    for (const FieldDef &f : tpl.fields()) {
        const bool code = f.type == FieldType::Code && !f.codeList.isEmpty();
        const bool region = code && f.codeList.startsWith(u"wilayah_");
        m_isCode << (code && (region ? regions != nullptr : codeLists != nullptr));
        m_lists << (code && !region && codeLists ? codeLists->find(f.codeList, f.codeListVersion) : nullptr);
    }
    m_texts.resize(m_isCode.size());
}

QString CodeLabels::joined(const QString &code, const QString &label)
{
    return label.isEmpty() ? code : code + kSeparator + label;
}

QString CodeLabels::label(int column, const QString &code) const
{
    if (const CodeList *list = m_lists.at(column))
        return list->label(code, m_language);
    if (m_regions)
        if (const auto region = m_regions->find(code))
            return region->label(); // a retired code says which edition it is from
    return {};
}

const QString &CodeLabels::text(int column, const QString &code) const
{
    QHash<QString, QString> &texts = m_texts[column];
    auto it = texts.constFind(code);
    if (it == texts.cend())
        it = texts.insert(code, joined(code, label(column, code)));
    return *it;
}

} // namespace sinergi
