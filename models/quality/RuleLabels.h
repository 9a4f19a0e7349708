#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinergi {

class DatasetTemplate;

// A readable name for a problem group: field checks ("required", "code", ...) and rule kinds have fixed
// translated names; a template rule is shown as its kind's name plus the id the template gave it, since
// one template may use a kind twice (two date orders).
class RuleLabels
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RuleLabels)
public:
    static QString label(const DatasetTemplate *tpl, const QString &ruleId);
    static QString kindLabel(const QString &kind);
};

} // namespace sinergi
