#include "ReferenceLists.h"

#include "audit/AuditLog.h"
#include "common/Error.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVersionNumber>

namespace sinergi {

namespace {

// The same order CodeListRegistry sorts by: numeric where the versions are numbers ("2025" > "2020",
// "1.10" > "1.9"), text otherwise.
bool newer(const QString &a, const QString &b)
{
    qsizetype ia = 0, ib = 0;
    const QVersionNumber va = QVersionNumber::fromString(a, &ia);
    const QVersionNumber vb = QVersionNumber::fromString(b, &ib);
    if (ia == a.size() && ib == b.size() && !va.isNull() && !vb.isNull())
        return QVersionNumber::compare(va, vb) > 0;
    return a > b;
}

} // namespace

CodeListRegistry ReferenceLists::load(Database &db)
{
    CodeListRegistry registry = CodeListRegistry::loadEmbedded();
    addStored(db, registry);
    return registry;
}

void ReferenceLists::addStored(Database &db, CodeListRegistry &registry)
{
    auto s = db.prepare("SELECT list_id, version, content FROM reference_lists ORDER BY list_id, version");
    while (s.step()) {
        if (registry.find(s.text(0), s.text(1)))
            continue; // a later program version ships this edition itself
        registry.add(CodeList::fromJson(s.blob(2), s.text(0) + u' ' + s.text(1)));
    }
}

QList<ReferenceLists::Edition> ReferenceLists::editions(Database &db, const CodeListRegistry &registry,
                                                        const QString &language)
{
    QHash<QString, std::pair<QString, QString>> loaded; // "id\x1fversion" -> (at, by)
    auto s = db.prepare("SELECT list_id, version, loaded_at, loaded_by FROM reference_lists");
    while (s.step())
        loaded.insert(s.text(0) + u'\x1f' + s.text(1), {s.text(2), s.text(3)});
    QList<Edition> out;
    for (const QString &id : registry.ids()) {
        const QStringList versions = registry.versions(id);
        for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
            const CodeList *list = registry.find(id, *v);
            Edition e;
            e.listId = id;
            e.version = *v;
            e.label = list->labels().text(language);
            e.newest = v == versions.crbegin();
            e.codes = list->entries().size();
            const auto it = loaded.constFind(id + u'\x1f' + *v);
            e.shipped = it == loaded.cend();
            if (!e.shipped) {
                e.loadedAt = it->first;
                e.loadedBy = it->second;
            }
            out << e;
        }
    }
    return out;
}

ReferenceLists::Loaded ReferenceLists::loadFile(Session &session, CodeListRegistry &registry,
                                                const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::InvalidArgument, tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        throw Error(
            ErrorCode::InvalidArgument,
            tr("%1 is larger than a code list can be (%L2 bytes at most).").arg(path).arg(kMaxFileBytes));
    return loadJson(session, registry, f.readAll(), QFileInfo(path).fileName());
}

ReferenceLists::Loaded ReferenceLists::loadJson(Session &session, CodeListRegistry &registry,
                                                const QByteArray &json, const QString &sourceName)
{
    if (!session.can(Permission::ManageReferenceData))
        throw Error(ErrorCode::PermissionDenied, u"reference.load"_qs);
    CodeList list = CodeList::fromJson(json, sourceName); // strict: any defect throws InvalidArgument
    const CodeList *previous = registry.find(list.id());
    if (!previous)
        throw Error(ErrorCode::InvalidArgument,
                    tr("%1: no dataset uses a code list \"%2\". Known lists: %3.")
                        .arg(sourceName, list.id(), registry.ids().join(u", "_qs)));
    if (registry.find(list.id(), list.version()))
        throw Error(ErrorCode::InvalidArgument,
                    tr("Code list %1 version %2 is already loaded.").arg(list.id(), list.version()));
    if (!newer(list.version(), previous->version()))
        throw Error(ErrorCode::InvalidArgument,
                    tr("%1: version %2 of %3 is older than the version in use (%4). Only a newer edition can "
                       "be loaded.")
                        .arg(sourceName, list.version(), list.id(), previous->version()));

    Loaded result;
    result.listId = list.id();
    result.version = list.version();
    result.previousVersion = previous->version();
    result.codes = list.entries().size();
    for (const CodeList::Entry &e : previous->entries())
        if (!list.contains(e.code))
            result.retired << e.code;

    Database &db = session.db();
    Transaction tx(db);
    auto ins = db.prepare("INSERT INTO reference_lists(list_id, version, content, loaded_at, loaded_by) "
                          "VALUES (?, ?, ?, ?, ?)");
    ins.bindAll(list.id(), list.version(), json, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                session.user().username);
    ins.exec();
    QJsonObject details{{u"list"_qs, list.id()},
                        {u"version"_qs, list.version()},
                        {u"previous"_qs, result.previousVersion},
                        {u"codes"_qs, result.codes},
                        {u"retired"_qs, result.retired.size()},
                        {u"source"_qs, sourceName}};
    session.audit().append(session.user().username, u"reference.load"_qs, list.id(),
                           QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    tx.commit();
    registry.add(std::move(list));
    return result;
}

} // namespace sinergi
