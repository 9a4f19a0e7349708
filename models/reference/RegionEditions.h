#pragma once

#include "datasets/RegionCatalog.h"

#include <QCoreApplication>
#include <QList>

namespace sinergi {

class Database;
class Session;

// Editions of the Kemendagri region list beyond the shipped one: an administrator loads a newer edition
// (a folder or .zip laid out like resources/reference/wilayah/) into the store, and every catalogue built
// for that store then has both. The newest edition drives the pickers and the NIK kecamatan check; codes
// only an older edition has keep resolving and validate as a warning (RegionCatalog, FieldValidator).
// The first-run wizard has no store yet and uses RegionCatalog::loadEmbedded().
class RegionEditions
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::RegionEditions)
public:
    // The catalogue for a store: the shipped edition plus every edition loaded into it.
    static RegionCatalog load(Database &db);
    // The stored editions as files, for a worker thread that builds its own catalogue (reading the blobs
    // needs the store's connection, parsing 83k villages does not).
    static QList<RegionCatalog::Source> stored(Database &db);
    static void addAll(RegionCatalog &catalog, const QList<RegionCatalog::Source> &sources);

    struct Edition
    {
        QString version;
        QString credit; // source / licence line; for the shipped edition its credit
        qsizetype counts[4] = {};
        bool newest = false;
        bool shipped = false; // in the program; otherwise loaded by loadedBy at loadedAt from source
        QString loadedAt;     // ISO UTC
        QString loadedBy;
        QString source;
    };
    // Newest first: the settings page's table, "sinergi-cli reference list", the About box.
    static QList<Edition> editions(Database &db, const RegionCatalog &catalog);

    struct Loaded
    {
        QString version;
        QString previousVersion;
        qsizetype counts[4] = {};
        qsizetype retiredDistricts = 0; // kecamatan of the previous edition the new one no longer has
        qsizetype retiredVillages = 0;
    };
    // Reads, checks and stores a newer edition, audited as "reference.load", and adds it to catalog. All
    // or nothing: a missing permission (ManageReferenceData), an unreadable or malformed file, codes that
    // do not nest, or a version not newer than the newest known edition throws Error and stores nothing.
    static Loaded loadPath(Session &session, RegionCatalog &catalog, const QString &path);

    // loadPath in two steps, for the settings page: prepare() does the slow part (reading and checking
    // 83k villages) without the store, so it can run on a worker thread; store() then writes it on the
    // session's thread.
    struct Prepared
    {
        RegionCatalog updated; // current + the new edition
        RegionCatalog::Source source;
        QString readme;
        QString sourceName;
        Loaded loaded;
    };
    static Prepared prepare(const RegionCatalog &current, const QString &path);
    static Loaded store(Session &session, RegionCatalog &catalog, Prepared prepared);
};

} // namespace sinergi
