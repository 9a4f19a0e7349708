#pragma once

#include "importing/MappingProfile.h"

#include <QCoreApplication>
#include <QList>

namespace sinergi {

class Database;

// Mapping profiles: the ones shipped in resources/mapping-profiles/ (":/mapping-profiles") and the ones an
// office saved, kept in the store's settings table under "mapping_profile.<id>". A saved profile with the
// id of a shipped one replaces it, so an office edits a starting profile in place. The settings table was
// chosen over a new table: profiles are few, small JSON documents, and this needs no migration step.
class MappingProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::MappingProfileStore)
public:
    static QList<MappingProfile> embedded();

    explicit MappingProfileStore(Database &db) : m_db(db) {}
    // Shipped and saved, saved ones replacing shipped ones of the same id; sorted by id.
    QList<MappingProfile> all() const;
    // Throws Error(NotFound) naming the known ids.
    MappingProfile find(const QString &id) const;
    void save(const MappingProfile &profile);
    void remove(const QString &id);

private:
    Database &m_db;
};

} // namespace sinergi
