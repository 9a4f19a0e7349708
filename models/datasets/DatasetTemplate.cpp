#include "DatasetTemplate.h"

#include "RuleRegistry.h"
#include "TemplateParser.h"

namespace sinergi {

DatasetTemplate DatasetTemplate::fromJson(const QByteArray &json, const QString &sourceName)
{
    return TemplateParser::parse(json, sourceName, RuleRegistry::standard());
}

DatasetTemplate DatasetTemplate::fromJson(const QByteArray &json, const QString &sourceName,
                                          const RuleRegistry &rules)
{
    return TemplateParser::parse(json, sourceName, rules);
}

const FieldDef *DatasetTemplate::field(const QString &name) const
{
    for (const FieldDef &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList DatasetTemplate::fieldNames() const
{
    QStringList names;
    names.reserve(m_fields.size());
    for (const FieldDef &f : m_fields)
        names.append(f.name);
    return names;
}

} // namespace sinergi
