#pragma once

#include "CodeList.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace sinergi {

// Every loaded version of every code list. Several versions of one list live side by side (KBLI 2020
// and 2025; an admin-loaded newer list next to the shipped one) so codes stored with an old version
// still resolve.
class CodeListRegistry
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::CodeListRegistry)
public:
    static CodeListRegistry loadEmbedded(); // ":/codelists"
    // Loads every *.json in directory (a path or a ":/" resource prefix); throws on the first bad file.
    static CodeListRegistry loadFromDirectory(const QString &directory);

    // Throws Error(AlreadyExists) when that id and version are already loaded.
    void add(CodeList list);
    // Empty version = the latest (QVersionNumber order, so "2025" > "2020" and "1.10" > "1.9").
    const CodeList *find(const QString &id, const QString &version = {}) const;
    QStringList ids() const;
    QStringList versions(const QString &id) const; // oldest first

private:
    QMap<QString, QList<CodeList>> m_lists; // each list sorted by version, oldest first
};

} // namespace sinergi
