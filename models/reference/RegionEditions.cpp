#include "RegionEditions.h"

#include "RegionListFiles.h"
#include "audit/AuditLog.h"
#include "common/Error.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi {

namespace {

// What the shipped edition's README asks to be shown wherever the list ships (ODbL).
QString shippedCredit(const QString &version)
{
    return RegionEditions::tr(
               "Indonesian administrative area codes from %1, © its contributors, compiled from "
               "Kemendagri decrees, available under the Open Database License (ODbL) 1.0.")
        .arg(version);
}

qsizetype missingCodes(const RegionCatalog &catalog, const QList<RegionCatalog::Region> &previous,
                       const QString &newVersion)
{
    qsizetype n = 0;
    for (const RegionCatalog::Region &r : previous) {
        const auto now = catalog.find(r.code);
        if (!now || now->edition != newVersion)
            ++n;
    }
    return n;
}

} // namespace

RegionCatalog RegionEditions::load(Database &db)
{
    RegionCatalog catalog = RegionCatalog::loadEmbedded();
    addAll(catalog, stored(db));
    return catalog;
}

QList<RegionCatalog::Source> RegionEditions::stored(Database &db)
{
    QList<RegionCatalog::Source> out;
    auto s =
        db.prepare("SELECT version, credit, provinces, regencies, districts, villages FROM region_editions "
                   "ORDER BY rowid");
    while (s.step()) {
        RegionCatalog::Source source;
        source.version = s.text(0);
        source.credit = s.text(1);
        for (int level = 0; level < 4; ++level) {
            source.files[level] = qUncompress(s.blob(2 + level));
            if (source.files[level].isEmpty())
                throw Error(ErrorCode::Corrupted,
                            tr("The stored region list %1 cannot be read (%2).")
                                .arg(source.version, QString::fromLatin1(RegionCatalog::fileName(
                                                         RegionCatalog::Level(level)))));
        }
        out << source;
    }
    return out;
}

void RegionEditions::addAll(RegionCatalog &catalog, const QList<RegionCatalog::Source> &sources)
{
    for (const RegionCatalog::Source &source : sources)
        catalog.addEdition(source); // one a later program ships itself is skipped
}

QList<RegionEditions::Edition> RegionEditions::editions(Database &db, const RegionCatalog &catalog)
{
    struct Stored
    {
        QString at, by, source;
    };
    QHash<QString, Stored> loaded;
    auto s = db.prepare("SELECT version, loaded_at, loaded_by, source FROM region_editions");
    while (s.step())
        loaded.insert(s.text(0), {s.text(1), s.text(2), s.text(3)});
    QList<Edition> out;
    const QList<RegionCatalog::EditionInfo> infos = catalog.editions();
    for (auto info = infos.crbegin(); info != infos.crend(); ++info) {
        Edition e;
        e.version = info->version;
        e.credit = info->credit;
        std::copy(std::begin(info->counts), std::end(info->counts), std::begin(e.counts));
        e.newest = info->newest;
        const auto it = loaded.constFind(info->version);
        e.shipped = it == loaded.cend();
        if (e.shipped) {
            if (e.credit.isEmpty())
                e.credit = shippedCredit(e.version);
        } else {
            e.loadedAt = it->at;
            e.loadedBy = it->by;
            e.source = it->source;
        }
        out << e;
    }
    return out;
}

RegionEditions::Loaded RegionEditions::loadPath(Session &session, RegionCatalog &catalog, const QString &path)
{
    if (!session.can(Permission::ManageReferenceData))
        throw Error(ErrorCode::PermissionDenied, u"reference.load"_qs);
    return store(session, catalog, prepare(catalog, path));
}

RegionEditions::Prepared RegionEditions::prepare(const RegionCatalog &current, const QString &path)
{
    RegionListFiles::Files files = RegionListFiles::read(path);
    const RegionCatalog::Source &source = files.source;
    // Version first: an older list is refused before 83k lines are checked.
    for (const RegionCatalog::EditionInfo &e : current.editions())
        if (e.version == source.version)
            throw Error(ErrorCode::InvalidArgument,
                        tr("The region list %1 is already loaded.").arg(source.version));
    if (!RegionCatalog::isNewerVersion(source.version, current.version()))
        throw Error(
            ErrorCode::InvalidArgument,
            tr("The region list %1 is not newer than the one in use (%2). Only a newer edition can be "
               "loaded.")
                .arg(source.version, current.version()));
    const std::array<qsizetype, 4> counts = RegionCatalog::checkEdition(source);

    Prepared p{current, files.source, files.readme, QFileInfo(path).fileName(), {}};
    Loaded &result = p.loaded;
    result.version = source.version;
    result.previousVersion = current.version();
    std::copy(counts.begin(), counts.end(), std::begin(result.counts));
    p.updated.addEdition(source);

    // What the previous edition had that the new one dropped: records keeping these codes get warnings.
    QList<RegionCatalog::Region> previousDistricts, previousVillages;
    for (const RegionCatalog::Region &province : current.provinces())
        for (const RegionCatalog::Region &r : current.regencies(province.code))
            previousDistricts += current.districts(r.code);
    for (const RegionCatalog::Region &d : std::as_const(previousDistricts))
        previousVillages += current.villages(d.code);
    result.retiredDistricts = missingCodes(p.updated, previousDistricts, source.version);
    result.retiredVillages = missingCodes(p.updated, previousVillages, source.version);
    return p;
}

RegionEditions::Loaded RegionEditions::store(Session &session, RegionCatalog &catalog, Prepared prepared)
{
    if (!session.can(Permission::ManageReferenceData))
        throw Error(ErrorCode::PermissionDenied, u"reference.load"_qs);
    const RegionCatalog::Source &source = prepared.source;
    const Loaded &result = prepared.loaded;
    Database &db = session.db();
    Transaction tx(db);
    auto ins =
        db.prepare("INSERT INTO region_editions(version, provinces, regencies, districts, villages, credit, "
                   "readme, source, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bindAll(source.version, qCompress(source.files[0]), qCompress(source.files[1]),
                qCompress(source.files[2]), qCompress(source.files[3]), source.credit, prepared.readme,
                prepared.sourceName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                session.user().username);
    ins.exec();
    const QJsonObject details{{u"list"_qs, u"wilayah"_qs},
                              {u"version"_qs, source.version},
                              {u"previous"_qs, result.previousVersion},
                              {u"provinces"_qs, result.counts[0]},
                              {u"regencies"_qs, result.counts[1]},
                              {u"districts"_qs, result.counts[2]},
                              {u"villages"_qs, result.counts[3]},
                              {u"retired_districts"_qs, result.retiredDistricts},
                              {u"retired_villages"_qs, result.retiredVillages},
                              {u"source"_qs, prepared.sourceName}};
    session.audit().append(session.user().username, u"reference.load"_qs, u"wilayah"_qs,
                           QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    tx.commit();
    catalog = std::move(prepared.updated);
    return result;
}

} // namespace sinergi
