#pragma once

#include "DatasetTemplate.h"

#include <QCoreApplication>
#include <QMap>

namespace sinergi {

class CodeListRegistry;
class RuleRegistry;

// All dataset templates, by id. Loading checks each file (TemplateParser) and then the links between
// them: every reference_exists rule must name an existing dataset and field.
class TemplateRegistry
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::TemplateRegistry)
public:
    static TemplateRegistry loadEmbedded(); // ":/datasets"
    // Every *.json in directory (path or ":/" prefix); a file's id must equal its base name so two files
    // can never claim one dataset.
    static TemplateRegistry loadFromDirectory(const QString &directory);
    static TemplateRegistry loadFromDirectory(const QString &directory, const RuleRegistry &rules);

    void add(DatasetTemplate tpl);
    const DatasetTemplate *find(const QString &id) const;
    QStringList ids() const { return m_templates.keys(); }
    const QMap<QString, DatasetTemplate> &templates() const { return m_templates; }

    // Throws Error(InvalidArgument) for a reference to a missing dataset/field, and, when codeLists is
    // given, for a code field whose list (or fixed version) is not loaded.
    void checkReferences(const CodeListRegistry *codeLists = nullptr) const;

private:
    QMap<QString, DatasetTemplate> m_templates;
};

} // namespace sinergi
