#include "ValidationScope.h"

#include "datasets/RuleRegistry.h"
#include "datasets/TemplateRegistry.h"

namespace sinergi {

QStringList datasetsAffectedBy(const TemplateRegistry &templates, const RuleRegistry &rules,
                               const QString &changedDataset)
{
    QStringList out{changedDataset};
    for (const DatasetTemplate &tpl : templates.templates()) {
        if (tpl.id() == changedDataset)
            continue;
        bool refers = false;
        for (const RuleDef &rule : tpl.rules()) {
            const RuleKind *kind = rules.find(rule.kind);
            if (!kind)
                continue;
            for (const auto &lookup : kind->lookups(rule))
                refers = refers || lookup.first == changedDataset;
        }
        if (refers)
            out.append(tpl.id());
    }
    return out;
}

} // namespace sinergi
