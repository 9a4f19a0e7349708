#include "RuleRegistry.h"

#include "AkiValidityRule.h"
#include "DateOrderRule.h"
#include "NikRule.h"
#include "PlacedStillActiveRule.h"
#include "ReferenceExistsRule.h"
#include "RequiredIfRule.h"

#include <algorithm>

namespace sinergi {

const RuleRegistry &RuleRegistry::standard()
{
    static const RuleRegistry registry = [] {
        RuleRegistry r;
        r.add(std::make_unique<NikRule>());
        r.add(std::make_unique<DateOrderRule>());
        r.add(std::make_unique<ReferenceExistsRule>());
        r.add(std::make_unique<AkiValidityRule>());
        r.add(std::make_unique<RequiredIfRule>());
        r.add(std::make_unique<PlacedStillActiveRule>());
        return r;
    }();
    return registry;
}

void RuleRegistry::add(std::unique_ptr<RuleKind> kind)
{
    const QString name = kind->name();
    m_kinds.insert(name, std::shared_ptr<const RuleKind>(std::move(kind)));
}

const RuleKind *RuleRegistry::find(const QString &name) const
{
    const auto it = m_kinds.constFind(name);
    return it == m_kinds.cend() ? nullptr : it->get();
}

QStringList RuleRegistry::names() const
{
    QStringList result = m_kinds.keys();
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace sinergi
