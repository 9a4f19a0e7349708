#pragma once

#include "RuleKind.h"

#include <QHash>
#include <QString>

#include <memory>

namespace sinergi {

// Rule kinds by name. standard() holds every kind Sinergi ships; tests may build their own.
class RuleRegistry
{
public:
    RuleRegistry() = default;
    RuleRegistry(RuleRegistry &&) = default;
    RuleRegistry &operator=(RuleRegistry &&) = default;

    static const RuleRegistry &standard();

    void add(std::unique_ptr<RuleKind> kind);
    const RuleKind *find(const QString &name) const;
    QStringList names() const;

private:
    QHash<QString, std::shared_ptr<const RuleKind>> m_kinds;
};

} // namespace sinergi
