#include "TemplateRegistry.h"

#include "CodeListRegistry.h"
#include "DatasetResources.h"
#include "RuleRegistry.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sinergi {

TemplateRegistry TemplateRegistry::loadEmbedded()
{
    initDatasetResources();
    return loadFromDirectory(u":/datasets"_qs);
}

TemplateRegistry TemplateRegistry::loadFromDirectory(const QString &directory)
{
    return loadFromDirectory(directory, RuleRegistry::standard());
}

TemplateRegistry TemplateRegistry::loadFromDirectory(const QString &directory, const RuleRegistry &rules)
{
    TemplateRegistry registry;
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        throw Error(ErrorCode::NotFound, tr("No dataset templates (*.json) found in %1.").arg(directory));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        DatasetTemplate tpl = DatasetTemplate::fromJson(file.readAll(), file.fileName(), rules);
        if (tpl.id() != QFileInfo(name).completeBaseName())
            throw Error(ErrorCode::InvalidArgument,
                        tr("Dataset template %1: id \"%2\" must match the file name.").arg(file.fileName(), tpl.id()));
        registry.add(std::move(tpl));
    }
    registry.checkReferences();
    return registry;
}

void TemplateRegistry::add(DatasetTemplate tpl)
{
    if (m_templates.contains(tpl.id()))
        throw Error(ErrorCode::AlreadyExists,
                    tr("Dataset template %1: dataset \"%2\" is already defined by %3.")
                        .arg(tpl.source(), tpl.id(), m_templates.value(tpl.id()).source()));
    const QString id = tpl.id();
    m_templates.insert(id, std::move(tpl));
}

const DatasetTemplate *TemplateRegistry::find(const QString &id) const
{
    const auto it = m_templates.constFind(id);
    return it == m_templates.cend() ? nullptr : &*it;
}

void TemplateRegistry::checkReferences(const CodeListRegistry *codeLists) const
{
    for (const DatasetTemplate &tpl : m_templates) {
        for (const RuleDef &rule : tpl.rules()) {
            // Every kind that looks up another dataset names it through lookups(); check them all.
            const RuleKind *kind = RuleRegistry::standard().find(rule.kind);
            const auto targets = kind ? kind->lookups(rule) : QList<QPair<QString, QString>>{};
            for (const auto &[dataset, field] : targets) {
                const DatasetTemplate *target = find(dataset);
                if (!target || !target->field(field))
                    throw Error(ErrorCode::InvalidArgument,
                                tr("Dataset template %1: rule \"%2\" refers to %3.%4, which does not exist.")
                                    .arg(tpl.source(), rule.id, dataset, field));
            }
        }
        if (!codeLists)
            continue;
        for (const FieldDef &f : tpl.fields()) {
            if (f.type != FieldType::Code || f.codeList.startsWith(u"wilayah_"))
                continue;
            if (!codeLists->find(f.codeList, f.codeListVersion))
                throw Error(ErrorCode::InvalidArgument,
                            tr("Dataset template %1: field \"%2\" uses code list %3 %4, which is not loaded.")
                                .arg(tpl.source(), f.name, f.codeList, f.codeListVersion));
        }
    }
}

} // namespace sinergi
