#include "ImportTarget.h"

#include "datasets/DatasetTemplate.h"
#include "records/RecordTable.h"
#include "store/Database.h"

namespace sinergi {

using recordtable::quoted;

ImportTarget::ImportTarget(Database &db, const DatasetTemplate &tpl, const ColumnMapping &mapping,
                           ImportOptions::Mode mode, QString actor)
    : m_db(db), m_tpl(tpl), m_mapping(mapping), m_mode(mode), m_actor(std::move(actor))
{
    for (const QString &key : tpl.naturalKey()) {
        for (int i = 0; i < static_cast<int>(mapping.columns().size()); ++i)
            if (mapping.columns().at(i).field == key)
                m_keyColumns.push_back(i);
    }
}

QByteArray ImportTarget::insertSql() const
{
    const QByteArray table = quoted(recordtable::tableName(m_tpl.id()));
    QByteArray columns;
    QByteArray params;
    int n = 1;
    for (const ColumnMapping::Column &c : m_mapping.columns()) {
        columns += quoted(c.field) + ", ";
        params += '?' + QByteArray::number(n++) + ", ";
    }
    const QByteArray now = '?' + QByteArray::number(n);
    const QByteArray by = '?' + QByteArray::number(n + 1);
    const QByteArray imp = '?' + QByteArray::number(n + 2);
    QByteArray sql = "INSERT INTO " + table + " (" + columns +
                     "_created_at, _updated_at, _updated_by, _import_id) VALUES (" + params + now + ", " +
                     now + ", " + by + ", " + imp + ")";
    if (m_mode == ImportOptions::Mode::InsertOnly)
        return sql + " ON CONFLICT DO NOTHING";
    QByteArray keys;
    for (const QString &k : m_tpl.naturalKey())
        keys += (keys.isEmpty() ? "" : ", ") + quoted(k);
    // Empty source cells do not erase what the store holds: an export that lacks a value is not an
    // instruction to delete it.
    sql += " ON CONFLICT (" + keys + ") WHERE _deleted = 0 DO UPDATE SET ";
    for (const ColumnMapping::Column &c : m_mapping.columns()) {
        if (m_tpl.naturalKey().contains(c.field))
            continue;
        sql += quoted(c.field) + " = coalesce(excluded." + quoted(c.field) + ", " + quoted(c.field) + "), ";
    }
    sql += "_version = _version + 1, _updated_at = excluded._updated_at, _updated_by = excluded._updated_by, "
           "_import_id = excluded._import_id "
           "WHERE _import_id IS NOT excluded._import_id RETURNING _version, _id";
    return sql;
}

qint64 ImportTarget::begin(const QString &source, const QString &startedAt)
{
    m_now = startedAt;
    m_nowUtf8 = m_now.toUtf8();
    m_actorUtf8 = m_actor.toUtf8();
    auto s = m_db.prepare(
        "INSERT INTO imports(dataset, source, actor, started_at, rows, mode) VALUES (?1, ?2, ?3, ?4, 0, ?5)");
    s.bindAll(m_tpl.id(), source, m_actor, startedAt,
              QString(m_mode == ImportOptions::Mode::Upsert ? u"upsert"_qs : u"insert"_qs));
    s.exec();
    m_importId = m_db.lastInsertRowId();
    m_insert.emplace(m_db.prepare(insertSql().constData()));
    m_counts.emplace(m_db, m_tpl.id());
    QByteArray where;
    for (qsizetype i = 0; i < m_tpl.naturalKey().size(); ++i)
        where += quoted(m_tpl.naturalKey().at(i)) + " = ?" + QByteArray::number(i + 1) + " AND ";
    m_lookup.emplace(m_db.prepare(("SELECT _import_id FROM " + quoted(recordtable::tableName(m_tpl.id())) +
                                   " WHERE " + where + "_deleted = 0")
                                      .constData()));
    return m_importId;
}

ImportTarget::Outcome ImportTarget::write(const StorageRow &values, int errors, int warnings)
{
    Statement &s = *m_insert;
    const int n = static_cast<int>(values.size()) + 1;
    for (size_t i = 0; i < values.size(); ++i)
        values.bind(s, static_cast<int>(i + 1), i);
    // The row's text is bound without a copy (StorageRow owns it until the next row), so SQLite must be
    // done with it before write() returns: every path below resets the statement.
    s.bindUtf8(n, m_nowUtf8.constData(), m_nowUtf8.size())
        .bindUtf8(n + 1, m_actorUtf8.constData(), m_actorUtf8.size());
    s.bind(n + 2, static_cast<std::int64_t>(m_importId));
    if (m_mode == ImportOptions::Mode::Upsert) {
        if (m_storedMonth) {
            Statement &l = *m_storedMonth;
            for (size_t i = 0; i < m_keyColumns.size(); ++i)
                values.bind(l, static_cast<int>(i + 1), static_cast<size_t>(m_keyColumns[i]));
            const QString month = l.step() ? l.text(0) : QString();
            l.reset();
            if (m_lockedMonths.contains(month)) {
                s.reset();
                m_lockedMonth = month;
                return Outcome::InApprovedMonth;
            }
        }
        // RETURNING gives the row's version: 1 for a new row, more for an updated one, no row when the
        // update was skipped because this import already wrote that key.
        const bool row = s.step();
        const qint64 version = row ? s.int64(0) : 0;
        const qint64 id = row ? s.int64(1) : 0;
        s.reset();
        if (!row)
            return Outcome::DuplicateInFile;
        // An updated record's earlier counts are replaced (or dropped when it has none now).
        if (version > 1 || errors || warnings)
            m_counts->set(id, errors, warnings);
        return version == 1 ? Outcome::Inserted : Outcome::Updated;
    }
    s.exec();
    if (m_db.changes() > 0) {
        if (errors || warnings) // a new record without any has no counts row
            m_counts->set(m_db.lastInsertRowId(), errors, warnings);
        return Outcome::Inserted;
    }
    Statement &l = *m_lookup;
    for (size_t i = 0; i < m_keyColumns.size(); ++i)
        values.bind(l, static_cast<int>(i + 1), static_cast<size_t>(m_keyColumns[i]));
    const bool found = l.step();
    const qint64 owner = found && !l.isNull(0) ? l.int64(0) : 0;
    l.reset();
    return owner == m_importId ? Outcome::DuplicateInFile : Outcome::ExistsInStore;
}

void ImportTarget::setLockedMonths(QSet<QString> months)
{
    m_lockedMonths = std::move(months);
    if (m_mode != ImportOptions::Mode::Upsert || m_lockedMonths.isEmpty() || m_tpl.periodField().isEmpty() ||
        m_keyColumns.size() != static_cast<size_t>(m_tpl.naturalKey().size()))
        return;
    QByteArray where;
    for (qsizetype i = 0; i < m_tpl.naturalKey().size(); ++i)
        where += quoted(m_tpl.naturalKey().at(i)) + " = ?" + QByteArray::number(i + 1) + " AND ";
    m_storedMonth.emplace(
        m_db.prepare(("SELECT substr(" + quoted(m_tpl.periodField()) + ", 1, 7) FROM " +
                      quoted(recordtable::tableName(m_tpl.id())) + " WHERE " + where + "_deleted = 0")
                         .constData()));
}

void ImportTarget::finish(qint64 rowsStored)
{
    m_insert.reset();
    m_counts.reset();
    m_lookup.reset();
    m_storedMonth.reset();
    auto s = m_db.prepare("UPDATE imports SET rows = ?1 WHERE id = ?2");
    s.bindAll(static_cast<std::int64_t>(rowsStored), static_cast<std::int64_t>(m_importId));
    s.exec();
}

void ImportTarget::dropSecondaryIndexes()
{
    const QStringList names = recordtable::indexNames(m_tpl);
    for (qsizetype i = 1; i < names.size(); ++i)
        m_db.exec(("DROP INDEX IF EXISTS " + quoted(names.at(i))).constData());
}

void ImportTarget::createIndexes()
{
    for (const QByteArray &sql : recordtable::createIndexSql(m_tpl))
        m_db.exec(sql.constData());
}

qint64 ImportTarget::existingRows()
{
    return m_db.scalar(("SELECT count(*) FROM " + quoted(recordtable::tableName(m_tpl.id()))).constData())
        .toLongLong();
}

} // namespace sinergi
