#pragma once

#include "datasets/TemplateRegistry.h"

#include <QJsonObject>
#include <QList>

namespace sinergi::sandbox {

// The reporting templates the sandbox publishes (section 6 of the protocol): Sinergi's own embedded
// dataset templates and the IPK aggregate template (smdata/IpkAggregate.h), served as the JSON documents
// they are written in.
class TemplateCatalog
{
public:
    struct Entry
    {
        const DatasetTemplate *tpl = nullptr;
        QJsonObject json;
        QString sha256; // of the compact serialisation of json: a change detector for clients
    };

    TemplateCatalog();

    // version 0 = the newest.
    const Entry *find(const QString &datasetId, int version = 0) const;
    const QList<Entry> &entries() const { return m_entries; }
    const TemplateRegistry &registry() const { return m_registry; }

private:
    TemplateRegistry m_registry;
    QList<Entry> m_entries;
};

} // namespace sinergi::sandbox
