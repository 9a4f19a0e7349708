#pragma once

#include "datasets/CodeListRegistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace sinergi {

class Database;
class Session;

// Reference code lists beyond the shipped editions: an administrator loads a newer edition of a list
// (same JSON format as resources/codelists) into the store; the registry then has both. New entries get
// the newest edition (CodeListRegistry::find without a version); codes saved under an older edition keep
// resolving, and validation reports such a retired code as a warning, not an error (FieldValidator).
class ReferenceLists
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::ReferenceLists)
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    // The shipped editions plus every edition loaded into this store.
    static CodeListRegistry load(Database &db);
    static void addStored(Database &db, CodeListRegistry &registry);

    struct Edition
    {
        QString listId;
        QString version;
        QString label; // the list's name in `language`
        bool newest = false;
        bool shipped = false; // in the program; otherwise loaded by loadedBy at loadedAt
        QString loadedAt;     // ISO UTC
        QString loadedBy;
        qsizetype codes = 0;
    };
    // Every edition of every list, by list then newest first: the settings page's table and
    // "sinergi-cli reference list".
    static QList<Edition> editions(Database &db, const CodeListRegistry &registry, const QString &language);

    struct Loaded
    {
        QString listId;
        QString version;
        QString previousVersion;
        qsizetype codes = 0;
        QStringList retired; // codes of the previous newest edition that the new one no longer has
    };
    // Checks and stores a newer edition, audited as "reference.load", and adds it to registry. All or
    // nothing: a malformed file, an unknown list, an edition that is not newer than the newest known one,
    // or a missing permission (ManageReferenceData) throws Error and changes nothing.
    static Loaded loadFile(Session &session, CodeListRegistry &registry, const QString &path);
    static Loaded loadJson(Session &session, CodeListRegistry &registry, const QByteArray &json,
                           const QString &sourceName);
};

} // namespace sinergi
