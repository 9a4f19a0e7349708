#include "TemplateCatalog.h"

#include "common/Error.h"
#include "smdata/IpkAggregate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace sinergi::sandbox {

TemplateCatalog::TemplateCatalog() : m_registry(TemplateRegistry::loadEmbedded())
{
    // The IPK aggregates a batch carries are a reporting template like the others, though no office keeps
    // them as records (smdata/IpkAggregate.h).
    m_registry.add(smdata::IpkAggregate::batchTemplate());
    for (const DatasetTemplate &tpl : m_registry.templates()) {
        QFile file(tpl.source());
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Io, u"cannot read template "_qs + tpl.source());
        Entry entry;
        entry.tpl = &tpl;
        entry.json = QJsonDocument::fromJson(file.readAll()).object();
        entry.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(QJsonDocument(entry.json).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex());
        m_entries.append(entry);
    }
}

const TemplateCatalog::Entry *TemplateCatalog::find(const QString &datasetId, int version) const
{
    // One version per dataset today; the version argument keeps the protocol's ?version= honest.
    for (const Entry &entry : m_entries) {
        if (entry.tpl->id() == datasetId && (version == 0 || entry.tpl->version() == version))
            return &entry;
    }
    return nullptr;
}

} // namespace sinergi::sandbox
