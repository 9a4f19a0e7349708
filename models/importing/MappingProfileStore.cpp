#include "MappingProfileStore.h"

#include "common/Error.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>

// Q_INIT_RESOURCE must be used outside any namespace; sinergi_core is static, so the linker could
// otherwise drop the resource initialiser.
static void initMappingProfileResources()
{
    Q_INIT_RESOURCE(sinergi_mapping_profiles);
}

namespace sinergi {

namespace {
const QString kPrefix = u"mapping_profile."_qs;
}

QList<MappingProfile> MappingProfileStore::embedded()
{
    static const bool initialised = [] {
        initMappingProfileResources();
        return true;
    }();
    Q_UNUSED(initialised)
    QList<MappingProfile> out;
    const QDir dir(u":/mapping-profiles"_qs);
    for (const QString &name : dir.entryList({u"*.json"_qs}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(ErrorCode::Io, f.fileName());
        out << MappingProfile::fromJson(f.readAll(), f.fileName());
    }
    return out;
}

QList<MappingProfile> MappingProfileStore::all() const
{
    QMap<QString, MappingProfile> byId;
    for (const MappingProfile &p : embedded())
        byId.insert(p.id(), p);
    auto s = m_db.prepare("SELECT key, value FROM settings WHERE key >= 'mapping_profile.' AND key < 'mapping_profile/'");
    while (s.step())
        byId.insert(s.text(0).mid(kPrefix.size()), MappingProfile::fromJson(s.text(1).toUtf8(), s.text(0)));
    return byId.values();
}

MappingProfile MappingProfileStore::find(const QString &id) const
{
    QStringList ids;
    for (const MappingProfile &p : all()) {
        if (p.id() == id)
            return p;
        ids << p.id();
    }
    throw Error(ErrorCode::NotFound, tr("There is no mapping profile “%1”. Known profiles: %2.").arg(id, ids.join(u", "_qs)));
}

void MappingProfileStore::save(const MappingProfile &profile)
{
    auto s = m_db.prepare("INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, ?3) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at");
    s.bindAll(kPrefix + profile.id(), QString::fromUtf8(profile.toJson()),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    s.exec();
}

void MappingProfileStore::remove(const QString &id)
{
    auto s = m_db.prepare("DELETE FROM settings WHERE key = ?1");
    s.bind(1, kPrefix + id);
    s.exec();
}

} // namespace sinergi
