#include "ProblemTable.h"

#include "common/Utf8Append.h"
#include "store/Database.h"

#include <cstring>

namespace sinergi::problemtable {

int severityCode(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? kError : kWarning;
}

namespace {

// One finding as bytes, the same for a stored row and a fresh Problem, so "unchanged" is one comparison:
// the rule, field and message each as a length and its UTF-8 bytes, and the severity as one byte. Lengths,
// not separators, so no text can make two different lists look alike.
void appendPiece(QByteArray &out, QByteArrayView piece)
{
    const auto n = static_cast<quint32>(piece.size());
    out.append(reinterpret_cast<const char *>(&n), sizeof n).append(piece);
}

void appendStored(QByteArray &out, QByteArrayView rule, QByteArrayView field, int severity,
                  QByteArrayView message)
{
    appendPiece(out, rule);
    appendPiece(out, field);
    out.append(char(severity));
    appendPiece(out, message);
}

// Reads the next piece at pos; false when the bytes end first.
bool nextPiece(QByteArrayView bytes, qsizetype &pos, QByteArrayView &piece)
{
    quint32 n = 0;
    if (pos + qsizetype(sizeof n) > bytes.size())
        return false;
    std::memcpy(&n, bytes.data() + pos, sizeof n);
    pos += sizeof n;
    if (pos + qsizetype(n) > bytes.size())
        return false;
    piece = bytes.sliced(pos, n);
    pos += n;
    return true;
}

} // namespace

void PackedFindings::append(const Problems &problems)
{
    int e = 0, w = 0;
    std::vector<char> utf8[3];
    const auto view = [](std::vector<char> &buffer, const QString &text) {
        buffer.clear();
        appendUtf8(buffer, text);
        return QByteArrayView(buffer.data(), qsizetype(buffer.size()));
    };
    for (const Problem &p : problems) {
        ++(p.severity == Problem::Severity::Error ? e : w);
        appendStored(bytes, view(utf8[0], p.ruleId), view(utf8[1], p.field), severityCode(p.severity),
                     view(utf8[2], p.message));
    }
    errors.push_back(e);
    warnings.push_back(w);
    ends.push_back(bytes.size());
}

void PackedFindings::append(const PackedFindings &other)
{
    const qsizetype base = bytes.size();
    errors.insert(errors.end(), other.errors.begin(), other.errors.end());
    warnings.insert(warnings.end(), other.warnings.begin(), other.warnings.end());
    for (const qsizetype end : other.ends)
        ends.push_back(base + end);
    bytes.append(other.bytes);
}

QByteArrayView PackedFindings::record(size_t i) const
{
    const qsizetype from = i == 0 ? 0 : ends[i - 1];
    return QByteArrayView(bytes).sliced(from, ends[i] - from);
}

Writer::Writer(Database &db)
    : m_insert(db.prepare("INSERT INTO record_problems(dataset, record_id, rule, field, severity, message) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
{
}

// An empty piece may have no buffer, and SQLite binds a null pointer as NULL, not as ''.
void Writer::bindUtf8(int index, QByteArrayView text)
{
    m_insert.bindUtf8(index, text.isEmpty() ? "" : text.data(), text.size());
}

// One insert path: the record service's few findings are packed as the validation job's are.
void Writer::add(const QString &dataset, qint64 recordId, const Problems &problems)
{
    PackedFindings packed;
    packed.append(problems);
    addPacked(dataset.toUtf8(), recordId, packed.record(0));
}

void Writer::addPacked(QByteArrayView datasetUtf8, qint64 recordId, QByteArrayView findings)
{
    qsizetype pos = 0;
    QByteArrayView rule, field, message;
    while (nextPiece(findings, pos, rule) && nextPiece(findings, pos, field) && pos < findings.size()) {
        const int severity = findings.at(pos++);
        if (!nextPiece(findings, pos, message))
            break;
        bindUtf8(1, datasetUtf8);
        m_insert.bind(2, static_cast<std::int64_t>(recordId));
        bindUtf8(3, rule);
        bindUtf8(4, field);
        m_insert.bind(5, severity);
        bindUtf8(6, message);
        m_insert.exec();
    }
}

DatasetSync::DatasetSync(Database &db, const QString &dataset)
    : m_dataset(dataset), m_datasetUtf8(dataset.toUtf8())
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

void DatasetSync::sync(const std::vector<qint64> &ids, const PackedFindings &findings)
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
        appendStored(s.canonical, m_stored.utf8(2), m_stored.utf8(3), m_stored.int32(4), m_stored.utf8(5));
    }
    m_stored.reset();

    size_t next = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
        while (next < stored.size() && stored[next].recordId < ids[i])
            remove(stored[next++]); // a record that is no longer live
        const Stored *old =
            next < stored.size() && stored[next].recordId == ids[i] ? &stored[next++] : nullptr;
        const QByteArrayView fresh = findings.record(i);
        if (!old && fresh.isEmpty())
            continue;
        if (old && QByteArrayView(old->canonical) == fresh)
            continue;
        if (old)
            remove(*old);
        m_writer.addPacked(m_datasetUtf8, ids[i], fresh);
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
