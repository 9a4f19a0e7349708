#include "ColumnMapping.h"

#include "datasets/CodeListRegistry.h"
#include "datasets/DatasetTemplate.h"
#include "importing/HeaderMatcher.h"
#include "importing/MappingProfile.h"

#include <algorithm>

namespace sinergi {

namespace {

// Code labels in both languages, and the codes in any case, as extra value-map entries (the profile's own
// entries win).
void addCodeLabels(ColumnTransform &t, const FieldDef &field, const CodeListRegistry *codeLists)
{
    if (!codeLists || field.type != FieldType::Code || field.codeList.startsWith(u"wilayah_"))
        return;
    const CodeList *list = codeLists->find(field.codeList, field.codeListVersion);
    if (!list)
        return;
    for (const CodeList::Entry &e : list->entries()) {
        // The code itself in another case ("Terdaftar", "l") is the code.
        if (!t.values.contains(ColumnTransform::valueKey(e.code)))
            t.values.insert(ColumnTransform::valueKey(e.code), e.code);
        for (const QString &language : {u"id"_qs, u"en"_qs}) {
            const QString key = ColumnTransform::valueKey(e.label.text(language));
            if (!key.isEmpty() && !t.values.contains(key))
                t.values.insert(key, e.code);
        }
    }
}

} // namespace

ColumnMapping ColumnMapping::build(const QStringList &header, const DatasetTemplate &tpl,
                                   const MappingProfile *profile, const CodeListRegistry *codeLists)
{
    ColumnMapping m;
    const HeaderMatcher matcher(tpl);
    QHash<QString, int> taken; // field -> source column
    for (int i = 0; i < header.size(); ++i) {
        const QString &h = header.at(i);
        QString field;
        bool automatic = false;
        if (const auto named = profile ? profile->fieldFor(tpl.id(), h) : std::nullopt) {
            field = *named;
            if (!field.isEmpty() && !tpl.field(field)) {
                m.m_notes << tr("The profile maps column %1 to %2, which dataset %3 does not have; the column "
                                "is ignored.")
                                 .arg(h, field, tpl.id());
                field.clear();
            }
        } else {
            field = matcher.match(h);
            automatic = true;
        }
        if (field.isEmpty()) {
            m.m_unmapped << h;
            continue;
        }
        if (taken.contains(field)) {
            m.m_notes << tr("Columns %1 and %2 both map to %3; the first is used.")
                             .arg(header.at(taken.value(field)), h, field);
            m.m_unmapped << h;
            continue;
        }
        taken.insert(field, i);
        Column c;
        c.field = field;
        c.source = i;
        c.automatic = automatic;
        c.transform = profile ? profile->transformFor(tpl.id(), field) : ColumnTransform{};
        addCodeLabels(c.transform, *tpl.field(field), codeLists);
        m.m_columns << c;
    }
    m.sortByTemplate(tpl);
    return m;
}

void ColumnMapping::sortByTemplate(const DatasetTemplate &tpl)
{
    const QStringList order = tpl.fieldNames();
    std::sort(m_columns.begin(), m_columns.end(),
              [&order](const Column &a, const Column &b) { return order.indexOf(a.field) < order.indexOf(b.field); });
}

const ColumnMapping::Column *ColumnMapping::column(const QString &field) const
{
    for (const Column &c : m_columns)
        if (c.field == field)
            return &c;
    return nullptr;
}

QStringList ColumnMapping::missingRequired(const DatasetTemplate &tpl) const
{
    QStringList missing;
    for (const FieldDef &f : tpl.fields()) {
        if ((f.required || tpl.naturalKey().contains(f.name)) && !column(f.name))
            missing << f.name;
    }
    return missing;
}

void ColumnMapping::assign(const QStringList &header, int source, const QString &field, const DatasetTemplate &tpl,
                           const ColumnTransform &transform)
{
    m_columns.removeIf([&](const Column &c) { return c.source == source || c.field == field; });
    m_unmapped.removeAll(header.value(source));
    if (field.isEmpty() || !tpl.field(field)) {
        m_unmapped << header.value(source);
        return;
    }
    Column c;
    c.field = field;
    c.source = source;
    c.transform = transform;
    m_columns << c;
    sortByTemplate(tpl);
}

} // namespace sinergi
