#include "CodeListRegistry.h"

#include "DatasetResources.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QVersionNumber>

#include <algorithm>

namespace sinergi {

namespace {

bool olderThan(const QString &a, const QString &b)
{
    qsizetype suffixA = 0;
    qsizetype suffixB = 0;
    const QVersionNumber va = QVersionNumber::fromString(a, &suffixA);
    const QVersionNumber vb = QVersionNumber::fromString(b, &suffixB);
    if (va != vb)
        return va < vb;
    return a < b; // same numeric part: fall back to plain text so the order is total
}

} // namespace

CodeListRegistry CodeListRegistry::loadEmbedded()
{
    initDatasetResources();
    return loadFromDirectory(u":/codelists"_qs);
}

CodeListRegistry CodeListRegistry::loadFromDirectory(const QString &directory)
{
    CodeListRegistry registry;
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        throw Error(ErrorCode::NotFound, tr("No code lists (*.json) found in %1.").arg(directory));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        registry.add(CodeList::fromJson(file.readAll(), file.fileName()));
    }
    return registry;
}

void CodeListRegistry::add(CodeList list)
{
    QList<CodeList> &versions = m_lists[list.id()];
    for (const CodeList &existing : std::as_const(versions)) {
        if (existing.version() == list.version())
            throw Error(ErrorCode::AlreadyExists,
                        tr("Code list %1 version %2 is already loaded.").arg(list.id(), list.version()));
    }
    versions.append(std::move(list));
    std::sort(versions.begin(), versions.end(),
              [](const CodeList &a, const CodeList &b) { return olderThan(a.version(), b.version()); });
}

const CodeList *CodeListRegistry::find(const QString &id, const QString &version) const
{
    const auto it = m_lists.constFind(id);
    if (it == m_lists.cend() || it->isEmpty())
        return nullptr;
    if (version.isEmpty())
        return &it->constLast();
    for (const CodeList &list : *it) {
        if (list.version() == version)
            return &list;
    }
    return nullptr;
}

QStringList CodeListRegistry::ids() const
{
    return m_lists.keys();
}

QStringList CodeListRegistry::versions(const QString &id) const
{
    QStringList result;
    for (const CodeList &list : m_lists.value(id))
        result.append(list.version());
    return result;
}

} // namespace sinergi
