#include "ProblemTable.h"

#include "store/Database.h"

namespace sinergi::problemtable {

int severityCode(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? kError : kWarning;
}

Writer::Writer(Database &db)
    : m_insert(db.prepare("INSERT INTO record_problems(dataset, record_id, rule, field, severity, message) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
{
}

void Writer::add(const QString &dataset, qint64 recordId, const Problems &problems)
{
    for (const Problem &p : problems) {
        m_insert.bindAll(dataset, static_cast<std::int64_t>(recordId), p.ruleId, p.field,
                         severityCode(p.severity), p.message);
        m_insert.exec();
    }
}

namespace {

// One finding as bytes, the same for a stored row and a fresh Problem, so "unchanged" is one comparison.
void appendCanonical(QByteArray &out, QByteArrayView rule, QByteArrayView field, int severity,
                     QByteArrayView message)
{
    out.append(rule).append('\x1f').append(field).append('\x1f');
    out.append(char('0' + severity)).append('\x1f').append(message).append('\x1e');
}

QByteArray canonical(const Problems &problems)
{
    QByteArray out;
    for (const Problem &p : problems)
        appendCanonical(out, p.ruleId.toUtf8(), p.field.toUtf8(), severityCode(p.severity),
                        p.message.toUtf8());
    return out;
}

} // namespace

DatasetSync::DatasetSync(Database &db, const QString &dataset)
    : m_dataset(dataset)
      // ORDER BY follows the (dataset, record_id) index, whose entries are ordered by rowid within a record.
      ,
      m_stored(
          db.prepare("SELECT record_id, rowid, rule, field, severity, message FROM record_problems "
                     "WHERE dataset = ?1 AND record_id > ?2 AND record_id <= ?3 ORDER BY record_id, rowid")),
      m_deleteRow(db.prepare("DELETE FROM record_problems WHERE rowid = ?1")),
      m_deleteAfter(db.prepare("DELETE FROM record_problems WHERE dataset = ?1 AND record_id > ?2")),
      m_writer(db)
{
}

void DatasetSync::remove(const Stored &stored)
{
    for (qint64 rowid : stored.rowids) {
        m_deleteRow.bind(1, static_cast<std::int64_t>(rowid));
        m_deleteRow.exec();
    }
}

void DatasetSync::sync(const std::vector<qint64> &ids, const std::vector<Problems> &problems)
{
    if (ids.empty())
        return;
    std::vector<Stored> stored;
    m_stored.bindAll(m_dataset, static_cast<std::int64_t>(m_last), static_cast<std::int64_t>(ids.back()));
    while (m_stored.step()) {
        const qint64 record = m_stored.int64(0);
        if (stored.empty() || stored.back().recordId != record)
            stored.push_back(Stored{record, {}, {}});
        Stored &s = stored.back();
        s.rowids.push_back(m_stored.int64(1));
        appendCanonical(s.canonical, m_stored.utf8(2), m_stored.utf8(3), m_stored.int32(4), m_stored.utf8(5));
    }
    m_stored.reset();

    size_t next = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
        while (next < stored.size() && stored[next].recordId < ids[i])
            remove(stored[next++]); // a record that is no longer live
        const Stored *old =
            next < stored.size() && stored[next].recordId == ids[i] ? &stored[next++] : nullptr;
        if (!old && problems[i].isEmpty())
            continue;
        if (old && old->canonical == canonical(problems[i]))
            continue;
        if (old)
            remove(*old);
        m_writer.add(m_dataset, ids[i], problems[i]);
        ++m_rewritten;
    }
    while (next < stored.size())
        remove(stored[next++]);
    m_last = ids.back();
}

void DatasetSync::finish()
{
    m_deleteAfter.bindAll(m_dataset, static_cast<std::int64_t>(m_last));
    m_deleteAfter.exec();
}

void clear(Database &db, const QString &dataset, qint64 recordId)
{
    auto s = db.prepare("DELETE FROM record_problems WHERE dataset = ?1 AND record_id = ?2");
    s.bindAll(dataset, static_cast<std::int64_t>(recordId)).exec();
}

void replace(Database &db, const QString &dataset, qint64 recordId, const Problems &problems)
{
    clear(db, dataset, recordId);
    Writer(db).add(dataset, recordId, problems);
}

} // namespace sinergi::problemtable
