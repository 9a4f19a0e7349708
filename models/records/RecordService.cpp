#include "RecordService.h"

#include "DataGeneration.h"
#include "RecordCounts.h"
#include "RecordTable.h"
#include "approval/PeriodLock.h"
#include "datasets/RecordValidator.h"
#include "datasets/TemplateRegistry.h"
#include "quality/ProblemTable.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi {

using recordtable::quoted;
using recordtable::tableName;

namespace {

using Changes = QMap<QString, QPair<QVariant, QVariant>>;

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool an = !a.isValid() || a.isNull();
    const bool bn = !b.isValid() || b.isNull();
    if (an || bn)
        return an == bn;
    return a.toString() == b.toString();
}

QString changesJson(const Changes &changes)
{
    QJsonObject o;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        o.insert(it.key(), QJsonArray{QJsonValue::fromVariant(it.value().first),
                                      QJsonValue::fromVariant(it.value().second)});
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Changes changesFromJson(const QString &text)
{
    Changes out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        out.insert(it.key(), {pair.at(0).toVariant(), pair.at(1).toVariant()});
    }
    return out;
}

QString target(const QString &dataset, qint64 id)
{
    return dataset + u'#' + QString::number(id);
}

QString fieldListJson(const QStringList &fields)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"fields"_qs, QJsonArray::fromStringList(fields)}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

RecordService::RecordService(Session &session, const TemplateRegistry &templates,
                             const RecordValidator &validator, const RegionCatalog *regions)
    : m_session(session), m_templates(templates), m_validator(validator), m_regions(regions)
{
}

const DatasetTemplate &RecordService::dataset(const QString &id) const
{
    const DatasetTemplate *tpl = m_templates.find(id);
    if (!tpl)
        throw Error(ErrorCode::InvalidArgument, tr("Unknown dataset “%1”.").arg(id));
    return *tpl;
}

void RecordService::requireEdit() const
{
    if (!m_session.can(Permission::EditRecords))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::EditRecords));
}

RuleContext RecordService::ruleContext() const
{
    RuleContext ctx;
    ctx.regions = m_regions;
    ctx.officeRegency = m_session.setting(u"office.regency"_qs);
    ctx.exists = [this](const QString &ds, const QString &field, const QVariant &value) {
        return exists(ds, field, value);
    };
    return ctx;
}

Problems RecordService::validate(const QString &datasetId, const QVariantMap &record) const
{
    return m_validator.validate(dataset(datasetId), record, ruleContext());
}

bool RecordService::exists(const QString &datasetId, const QString &field, const QVariant &value) const
{
    const DatasetTemplate &tpl = dataset(datasetId);
    if (!tpl.field(field))
        throw Error(ErrorCode::InvalidArgument, tr("Dataset “%1” has no field “%2”.").arg(datasetId, field));
    const QByteArray sql = "SELECT 1 FROM " + quoted(tableName(datasetId)) + " WHERE " + quoted(field) +
                           " = ?1 AND _deleted = 0 LIMIT 1";
    auto s = m_session.db().prepare(sql.constData());
    s.bind(1, recordtable::toStorage(*tpl.field(field), value));
    return s.step();
}

std::optional<int> RecordService::defaultViewRow(const QString &datasetId, qint64 id) const
{
    const QByteArray table = quoted(tableName(dataset(datasetId).id()));
    auto live = m_session.db().prepare(("SELECT _deleted FROM " + table + " WHERE _id = ?1").constData());
    live.bind(1, static_cast<std::int64_t>(id));
    if (!live.step() || live.int64(0) != 0)
        return std::nullopt;
    // One count along the rowid: the grid pages by key and does not know positions itself.
    auto before = m_session.db().prepare(
        ("SELECT count(*) FROM " + table + " WHERE _deleted = 0 AND _id < ?1").constData());
    before.bind(1, static_cast<std::int64_t>(id));
    before.step();
    return static_cast<int>(before.int64(0));
}

std::optional<QVariantMap> RecordService::get(const QString &datasetId, qint64 id) const
{
    const DatasetTemplate &tpl = dataset(datasetId);
    QByteArray sql = "SELECT _id, _version, _deleted, " + recordcounts::errorsOf(datasetId) + ", " +
                     recordcounts::warningsOf(datasetId);
    for (const FieldDef &f : tpl.fields())
        sql += ", " + quoted(f.name);
    sql += " FROM " + quoted(tableName(datasetId)) + " WHERE _id = ?1";
    auto s = m_session.db().prepare(sql.constData());
    s.bind(1, static_cast<std::int64_t>(id));
    if (!s.step())
        return std::nullopt;
    QVariantMap row{{u"_id"_qs, s.value(0)},
                    {u"_version"_qs, s.value(1)},
                    {u"_deleted"_qs, s.value(2)},
                    {u"_errors"_qs, s.value(3)},
                    {u"_warnings"_qs, s.value(4)}};
    int col = 5;
    for (const FieldDef &f : tpl.fields())
        row.insert(f.name, s.value(col++));
    return row;
}

static int countSeverity(const Problems &problems, Problem::Severity severity)
{
    return static_cast<int>(std::count_if(problems.cbegin(), problems.cend(),
                                          [severity](const Problem &p) { return p.severity == severity; }));
}

void RecordService::storeCounts(const QString &datasetId, qint64 id, const Problems &problems)
{
    recordcounts::Writer(m_session.db(), datasetId)
        .set(id, countSeverity(problems, Problem::Severity::Error),
             countSeverity(problems, Problem::Severity::Warning));
}

qint64 RecordService::create(const QString &datasetId, const QVariantMap &values, Problems *problemsOut)
{
    requireEdit();
    const DatasetTemplate &tpl = dataset(datasetId);
    QVariantMap stored;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldDef *f = tpl.field(it.key());
        if (!f)
            throw Error(ErrorCode::InvalidArgument,
                        tr("Dataset “%1” has no field “%2”.").arg(datasetId, it.key()));
        stored.insert(it.key(), recordtable::toStorage(*f, it.value()));
    }
    // Before validation: a record refused for its approved month is not worth validating.
    if (!tpl.periodField().isEmpty())
        PeriodLock::requireWritable(m_session.db(), tpl, {}, stored.value(tpl.periodField()));
    const Problems problems = validate(datasetId, stored);
    if (problemsOut)
        *problemsOut = problems;

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray columns = "_created_at, _updated_at, _updated_by";
    QByteArray params = "?1, ?1, ?2";
    int n = 3;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        columns += ", " + quoted(it.key());
        params += ", ?" + QByteArray::number(n++);
    }
    Transaction tx(m_session.db());
    auto ins = m_session.db().prepare(
        ("INSERT INTO " + quoted(tableName(datasetId)) + " (" + columns + ") VALUES (" + params + ")")
            .constData());
    ins.bindAll(now, m_session.user().username);
    n = 3;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        ins.bind(n++, it.value());
    ins.exec();
    const qint64 id = m_session.db().lastInsertRowId();
    storeCounts(datasetId, id, problems);
    datageneration::bump(m_session.db(), datasetId);
    problemtable::replace(m_session.db(), datasetId, id, problems);

    Changes changes;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (it.value().isValid())
            changes.insert(it.key(), {QVariant(), it.value()});
    appendHistory(datasetId, id, u"create"_qs, changes);
    // The audit entry names fields, never values: the audit log is readable by roles without PII access.
    m_session.audit().append(m_session.user().username, u"record.create"_qs, target(datasetId, id),
                             fieldListJson(changes.keys()));
    tx.commit();
    return id;
}

void RecordService::update(const QString &datasetId, qint64 id, const QVariantMap &changesIn,
                           qint64 expectedVersion, Problems *problemsOut)
{
    requireEdit();
    const DatasetTemplate &tpl = dataset(datasetId);
    std::optional<QVariantMap> current = get(datasetId, id);
    if (!current)
        throw Error(ErrorCode::InvalidArgument, tr("Record %1 does not exist.").arg(target(datasetId, id)));
    if (current->value(u"_deleted"_qs).toInt() != 0)
        throw Error(ErrorCode::InvalidArgument,
                    tr("Record %1 is deleted; restore it before editing.").arg(target(datasetId, id)));
    const qint64 version = current->value(u"_version"_qs).toLongLong();
    if (expectedVersion >= 0 && expectedVersion != version)
        throw Error(ErrorCode::Conflict, target(datasetId, id) + u" changed since it was read"_qs);

    Changes changes;
    QVariantMap merged = *current;
    for (auto it = changesIn.cbegin(); it != changesIn.cend(); ++it) {
        const FieldDef *f = tpl.field(it.key());
        if (!f)
            throw Error(ErrorCode::InvalidArgument,
                        tr("Dataset “%1” has no field “%2”.").arg(datasetId, it.key()));
        const QVariant value = recordtable::toStorage(*f, it.value());
        if (!sameValue(value, current->value(it.key()))) {
            changes.insert(it.key(), {current->value(it.key()), value});
            merged.insert(it.key(), value);
        }
    }
    const Problems problems = validate(datasetId, merged);
    if (problemsOut)
        *problemsOut = problems;
    if (changes.isEmpty())
        return;
    // The month the record is in now and the one it would move to: neither may be approved.
    if (!tpl.periodField().isEmpty())
        PeriodLock::requireWritable(m_session.db(), tpl, current->value(tpl.periodField()),
                                    merged.value(tpl.periodField()));

    QByteArray sql = "UPDATE " + quoted(tableName(datasetId)) +
                     " SET _version = _version + 1, _updated_at = ?1, _updated_by = ?2";
    int n = 3;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        sql += ", " + quoted(it.key()) + " = ?" + QByteArray::number(n++);
    sql += " WHERE _id = ?" + QByteArray::number(n) + " AND _version = ?" + QByteArray::number(n + 1);

    Transaction tx(m_session.db());
    auto up = m_session.db().prepare(sql.constData());
    up.bindAll(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_session.user().username);
    n = 3;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        up.bind(n++, it.value().second);
    up.bind(n, static_cast<std::int64_t>(id));
    up.bind(n + 1, static_cast<std::int64_t>(version));
    up.exec();
    if (m_session.db().changes() != 1)
        throw Error(ErrorCode::Conflict, target(datasetId, id) + u" changed concurrently"_qs);
    storeCounts(datasetId, id, problems);
    datageneration::bump(m_session.db(), datasetId);
    problemtable::replace(m_session.db(), datasetId, id, problems);
    appendHistory(datasetId, id, u"update"_qs, changes);
    m_session.audit().append(m_session.user().username, u"record.update"_qs, target(datasetId, id),
                             fieldListJson(changes.keys()));
    tx.commit();
}

void RecordService::setDeleted(const QString &datasetId, qint64 id, bool deleted)
{
    requireEdit();
    std::optional<QVariantMap> current = get(datasetId, id);
    if (!current)
        throw Error(ErrorCode::InvalidArgument, tr("Record %1 does not exist.").arg(target(datasetId, id)));
    if ((current->value(u"_deleted"_qs).toInt() != 0) == deleted)
        return;
    const DatasetTemplate &tpl = dataset(datasetId);
    if (!tpl.periodField().isEmpty())
        PeriodLock::requireWritable(m_session.db(), tpl, current->value(tpl.periodField()),
                                    current->value(tpl.periodField()));
    Transaction tx(m_session.db());
    // Restoring can collide with a live record that took the same natural key meanwhile: the partial
    // unique index refuses it and the Conflict reaches the user.
    auto up = m_session.db().prepare(("UPDATE " + quoted(tableName(datasetId)) +
                                      " SET _deleted = ?1, _version = _version + 1, _updated_at = ?2, "
                                      "_updated_by = ?3 WHERE _id = ?4")
                                         .constData());
    up.bindAll(deleted, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
               m_session.user().username, static_cast<std::int64_t>(id));
    up.exec();
    datageneration::bump(m_session.db(), datasetId);
    // A deleted record leaves the problems panel; a restored one is validated again, since the data it
    // refers to may have changed while it was deleted.
    if (deleted) {
        problemtable::clear(m_session.db(), datasetId, id);
    } else {
        const Problems problems = validate(datasetId, *current);
        storeCounts(datasetId, id, problems);
        problemtable::replace(m_session.db(), datasetId, id, problems);
    }
    appendHistory(
        datasetId, id, deleted ? u"delete"_qs : u"restore"_qs,
        {{u"_deleted"_qs, {QVariant(qlonglong(deleted ? 0 : 1)), QVariant(qlonglong(deleted ? 1 : 0))}}});
    m_session.audit().append(m_session.user().username, deleted ? u"record.delete"_qs : u"record.restore"_qs,
                             target(datasetId, id));
    tx.commit();
}

void RecordService::remove(const QString &datasetId, qint64 id)
{
    setDeleted(datasetId, id, true);
}

void RecordService::restore(const QString &datasetId, qint64 id)
{
    setDeleted(datasetId, id, false);
}

qint64 RecordService::appendHistory(const QString &datasetId, qint64 id, const QString &action,
                                    const Changes &changes, qint64 undoOf)
{
    auto s = m_session.db().prepare(
        "INSERT INTO record_history(dataset, record_id, ts, actor, action, changes, undo_of) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bindAll(datasetId, static_cast<std::int64_t>(id),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_session.user().username, action,
              changesJson(changes));
    s.bind(7, undoOf ? QVariant(undoOf) : QVariant());
    s.exec();
    return m_session.db().lastInsertRowId();
}

QList<HistoryEntry> RecordService::history(const QString &datasetId, qint64 id) const
{
    dataset(datasetId);
    QList<HistoryEntry> out;
    auto s = m_session.db().prepare(
        "SELECT seq, ts, actor, action, changes, undo_of, undone_by FROM record_history "
        "WHERE dataset = ?1 AND record_id = ?2 ORDER BY seq");
    s.bindAll(datasetId, static_cast<std::int64_t>(id));
    while (s.step()) {
        HistoryEntry e;
        e.seq = s.int64(0);
        e.ts = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
        e.actor = s.text(2);
        e.action = s.text(3);
        e.changes = changesFromJson(s.text(4));
        e.undoOf = s.int64(5);
        e.undoneBy = s.int64(6);
        out << e;
    }
    return out;
}

void RecordService::undo(const QString &datasetId, qint64 id, qint64 historySeq)
{
    requireEdit();
    const QList<HistoryEntry> entries = history(datasetId, id);
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const HistoryEntry &e) { return e.seq == historySeq; });
    if (it == entries.cend())
        throw Error(ErrorCode::InvalidArgument,
                    tr("No such change in the history of %1.").arg(target(datasetId, id)));
    const HistoryEntry entry = *it;
    if (entry.undoneBy)
        throw Error(ErrorCode::InvalidArgument, tr("This change was already undone."));
    if (entry.action == u"create"_qs || entry.action == u"undo"_qs)
        throw Error(ErrorCode::InvalidArgument,
                    tr("Only edits, deletions and restorations can be undone; delete the record instead."));

    Transaction tx(m_session.db());
    if (entry.action == u"delete"_qs || entry.action == u"restore"_qs) {
        setDeleted(datasetId, id, entry.action == u"restore"_qs);
    } else {
        const std::optional<QVariantMap> current = get(datasetId, id);
        QVariantMap revert;
        for (auto c = entry.changes.cbegin(); c != entry.changes.cend(); ++c) {
            if (!sameValue(current->value(c.key()), c.value().second))
                throw Error(
                    ErrorCode::InvalidArgument,
                    tr("“%1” was changed again after this edit; undo the later change first.").arg(c.key()));
            revert.insert(c.key(), c.value().first);
        }
        update(datasetId, id, revert);
    }
    // Mark the pair: the newest history row is the revert just written.
    const qint64 undoSeq = m_session.db().scalar("SELECT max(seq) FROM record_history").toLongLong();
    auto mark =
        m_session.db().prepare("UPDATE record_history SET action = 'undo', undo_of = ?1 WHERE seq = ?2");
    mark.bindAll(static_cast<std::int64_t>(entry.seq), static_cast<std::int64_t>(undoSeq)).exec();
    auto link = m_session.db().prepare("UPDATE record_history SET undone_by = ?1 WHERE seq = ?2");
    link.bindAll(static_cast<std::int64_t>(undoSeq), static_cast<std::int64_t>(entry.seq)).exec();
    tx.commit();
}

} // namespace sinergi
