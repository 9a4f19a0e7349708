#include "AuditLog.h"

#include "common/Error.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <optional>

namespace sinergi {

namespace {

constexpr int kHashBytes = 32;

QString tsText(const QDateTime &ts)
{
    // Always UTC with milliseconds: fixed width, so text order is time order in SQL and in the hash.
    return ts.isValid() ? ts.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void appendField(QByteArray &out, const QByteArray &field)
{
    // A 4-byte big-endian length before every field makes the encoding unambiguous: ("ab","c") and
    // ("a","bc") can never produce the same bytes.
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
}

// The audit table has NOT NULL text columns; a default-constructed QString would bind as NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QString(u""_qs) : s;
}

struct Head
{
    qint64 seq = 0;
    QByteArray hash;
};

std::optional<Head> readMetaHead(Database &db)
{
    Statement st = db.prepare("SELECT (SELECT value FROM meta WHERE key = 'audit_head_seq'), "
                              "(SELECT value FROM meta WHERE key = 'audit_head_hash')");
    st.step();
    if (st.isNull(0) && st.isNull(1))
        return std::nullopt;
    return Head{st.text(0).toLongLong(), QByteArray::fromHex(st.text(1).toLatin1())};
}

AuditEntry readEntry(const Statement &st, QString *rawTs = nullptr)
{
    AuditEntry e;
    e.seq = st.int64(0);
    const QString ts = st.text(1);
    if (rawTs)
        *rawTs = ts;
    e.ts = QDateTime::fromString(ts, Qt::ISODateWithMs).toUTC();
    e.actor = st.text(2);
    e.action = st.text(3);
    e.target = st.text(4);
    e.details = st.text(5);
    e.prevHash = st.blob(6);
    e.hash = st.blob(7);
    return e;
}

constexpr const char *kSelect = "SELECT seq, ts, actor, action, target, details, prev_hash, hash FROM audit";

// SQL LIKE with our own escape character so user text containing % or _ is matched literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
    return u'%' + escaped + u'%';
}

} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QByteArray AuditLog::computeHash(const QByteArray &prevHash, const AuditEntry &entry)
{
    if (sodium_init() < 0)
        throw Error(ErrorCode::Internal, u"libsodium could not be initialised"_qs);

    QByteArray message;
    message.reserve(prevHash.size() + 64 + entry.details.size());
    message.append(prevHash);
    char seq[8];
    qToBigEndian<qint64>(entry.seq, seq);
    message.append(seq, 8);
    appendField(message, tsText(entry.ts).toUtf8());
    appendField(message, entry.actor.toUtf8());
    appendField(message, entry.action.toUtf8());
    appendField(message, entry.target.toUtf8());
    appendField(message, entry.details.toUtf8());

    QByteArray hash(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), kHashBytes,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), nullptr, 0);
    return hash;
}

AuditEntry AuditLog::append(const QString &actor, const QString &action, const QString &target,
                            const QString &details)
{
    // Join the caller's transaction when there is one, so an action and its audit entry commit or roll
    // back together; otherwise make our own so the entry and the head in meta stay consistent.
    std::optional<Transaction> own;
    if (sqlite3_get_autocommit(m_db.handle()) != 0)
        own.emplace(m_db);

    // The head in meta, not the last row, decides what comes next: if rows were cut off the end, new
    // entries must not paper over the cut by chaining onto the shortened log (the gap stays visible).
    Head head;
    if (const std::optional<Head> meta = readMetaHead(m_db))
        head = *meta;
    {
        Statement last = m_db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.step() && last.int64(0) > head.seq)
            head = Head{last.int64(0), last.blob(1)};
    }
    if (head.seq == 0)
        head.hash = QByteArray(kHashBytes, '\0');

    AuditEntry e;
    e.seq = head.seq + 1;
    e.ts = m_clock.now().toUTC();
    // Keep only millisecond precision, exactly what the stored text can carry.
    e.ts = QDateTime::fromString(tsText(e.ts), Qt::ISODateWithMs).toUTC();
    e.actor = nonNull(actor);
    e.action = nonNull(action);
    e.target = nonNull(target);
    e.details = nonNull(details);
    e.prevHash = head.hash;
    e.hash = computeHash(e.prevHash, e);

    Statement ins =
        m_db.prepare("INSERT INTO audit(seq, ts, actor, action, target, details, prev_hash, hash) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    ins.bindAll(static_cast<std::int64_t>(e.seq), tsText(e.ts), e.actor, e.action, e.target, e.details,
                e.prevHash, e.hash);
    ins.exec();

    Statement meta = m_db.prepare(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head_seq', ?1), ('audit_head_hash', ?2)");
    meta.bindAll(QString::number(e.seq), QString::fromLatin1(e.hash.toHex()));
    meta.exec();

    if (own)
        own->commit();
    return e;
}

QList<AuditEntry> AuditLog::query(const AuditFilter &filter) const
{
    QByteArray sql = kSelect;
    QList<QVariant> args;
    QList<QByteArray> where;
    auto param = [&args](const QVariant &v) {
        args.append(v);
        return QByteArray("?") + QByteArray::number(args.size());
    };
    if (!filter.actor.isEmpty())
        where.append("actor = " + param(filter.actor));
    if (!filter.actionPrefix.isEmpty()) {
        // substr() instead of LIKE: an exact, case-sensitive prefix for dotted ids, no escaping needed.
        const QByteArray p = param(filter.actionPrefix);
        where.append("substr(action, 1, length(" + p + ")) = " + p);
    }
    if (!filter.text.isEmpty()) {
        const QByteArray p = param(likePattern(filter.text));
        where.append("(target LIKE " + p + " ESCAPE '\\' OR details LIKE " + p + " ESCAPE '\\')");
    }
    if (filter.from.isValid())
        where.append("ts >= " + param(tsText(filter.from)));
    if (filter.to.isValid())
        where.append("ts <= " + param(tsText(filter.to)));
    if (!where.isEmpty())
        sql += " WHERE " + where.join(" AND ");
    sql += " ORDER BY seq DESC LIMIT " + param(filter.limit > 0 ? filter.limit : -1);

    Statement st = m_db.prepare(sql.constData());
    for (qsizetype i = 0; i < args.size(); ++i)
        st.bind(static_cast<int>(i + 1), args.at(i));
    QList<AuditEntry> result;
    while (st.step())
        result.append(readEntry(st));
    return result;
}

qint64 AuditLog::count() const
{
    return m_db.scalar("SELECT count(*) FROM audit").toLongLong();
}

// Descriptions use QCoreApplication::translate() with a literal context (AuditLog declares no tr()), which
// lupdate extracts like tr().
QList<AuditProblem> AuditLog::verify() const
{
    QList<AuditProblem> problems;
    auto report = [&problems](AuditProblem::Kind kind, qint64 seq, const QString &description) {
        problems.append({kind, seq, description});
    };

    // Finding where a misplaced entry came from needs a scan (there is no index on the hashes); the scan
    // runs only for broken entries, and only for the first few, so a wrecked log still verifies quickly.
    int lookupsLeft = 100;
    auto seqWhere = [this, &lookupsLeft](const char *sql, const QByteArray &hash) -> std::optional<qint64> {
        if (lookupsLeft <= 0 || hash.isEmpty())
            return std::nullopt;
        --lookupsLeft;
        Statement st = m_db.prepare(sql);
        st.bind(1, hash);
        if (st.step())
            return st.int64(0);
        return std::nullopt;
    };
    const std::optional<Head> metaHead = readMetaHead(m_db);

    Statement st = m_db.prepare((QByteArray(kSelect) + " ORDER BY seq ASC").constData());
    qint64 prevSeq = 0;
    QByteArray prevHash(kHashBytes, '\0');
    bool prevFlagged = false;
    while (st.step()) {
        QString rawTs;
        const AuditEntry e = readEntry(st, &rawTs);
        const bool gap = e.seq != prevSeq + 1;
        bool flagged = false;

        if (gap) {
            if (e.seq - prevSeq == 2)
                report(AuditProblem::Kind::Missing, prevSeq + 1,
                       QCoreApplication::translate("sinergi::AuditLog",
                                                   "Audit entry %1 is missing: it was removed from the log.")
                           .arg(prevSeq + 1));
            else
                report(AuditProblem::Kind::Missing, prevSeq + 1,
                       QCoreApplication::translate(
                           "sinergi::AuditLog",
                           "Audit entries %1 to %2 are missing: they were removed from the log.")
                           .arg(prevSeq + 1)
                           .arg(e.seq - 1));
            // The missing entries explain this entry's broken link; don't report it twice.
        }

        const bool hashOk = e.hash == computeHash(e.prevHash, e) && rawTs == tsText(e.ts);
        if (!hashOk) {
            // An intact entry moved to another position: its hash is still valid for the seq it was
            // written with. Candidates for that seq: one less than the entry that links to it, one more
            // than the entry it links to, the head in meta, or 1 for the first entry. Both neighbours are
            // tried because when adjacent entries swap, one of the two links points at moved rows too.
            QList<qint64> candidates;
            if (const auto next = seqWhere("SELECT seq FROM audit WHERE prev_hash = ?1 LIMIT 1", e.hash))
                candidates.append(*next - 1);
            if (e.prevHash == QByteArray(kHashBytes, '\0'))
                candidates.append(1);
            else if (const auto before =
                         seqWhere("SELECT seq FROM audit WHERE hash = ?1 LIMIT 1", e.prevHash))
                candidates.append(*before + 1);
            if (metaHead && metaHead->hash == e.hash)
                candidates.append(metaHead->seq);
            std::optional<qint64> origin;
            if (rawTs == tsText(e.ts)) {
                for (qint64 candidate : std::as_const(candidates)) {
                    AuditEntry moved = e;
                    moved.seq = candidate;
                    if (candidate != e.seq && computeHash(moved.prevHash, moved) == e.hash) {
                        origin = candidate;
                        break;
                    }
                }
            }
            if (origin) {
                report(AuditProblem::Kind::Reordered, e.seq,
                       QCoreApplication::translate(
                           "sinergi::AuditLog",
                           "Audit entry %1 holds the entry written as number %2: entries were "
                           "moved.")
                           .arg(e.seq)
                           .arg(*origin));
            } else {
                report(AuditProblem::Kind::Edited, e.seq,
                       QCoreApplication::translate("sinergi::AuditLog",
                                                   "Audit entry %1 was changed after it was written.")
                           .arg(e.seq));
            }
            flagged = true;
        } else if (!gap && !prevFlagged && e.prevHash != prevHash) {
            // The entry itself is intact but does not follow the one before it.
            if (seqWhere("SELECT seq FROM audit WHERE hash = ?1 LIMIT 1", e.prevHash)) {
                report(AuditProblem::Kind::Reordered, e.seq,
                       QCoreApplication::translate(
                           "sinergi::AuditLog",
                           "Audit entry %1 does not follow entry %2 but another entry: entries "
                           "were moved.")
                           .arg(e.seq)
                           .arg(prevSeq));
            } else {
                // Most likely the entry before was edited and its hash recomputed (the algorithm is no
                // secret); only this link still remembers the original, so the blame goes to that entry.
                if (prevSeq > 0)
                    report(AuditProblem::Kind::Edited, prevSeq,
                           QCoreApplication::translate(
                               "sinergi::AuditLog",
                               "Audit entry %1 was changed after it was written: entry %2 no "
                               "longer links to it.")
                               .arg(prevSeq)
                               .arg(e.seq));
                else
                    report(AuditProblem::Kind::Edited, e.seq,
                           QCoreApplication::translate("sinergi::AuditLog",
                                                       "Audit entry %1 was changed after it was written.")
                               .arg(e.seq));
            }
            flagged = true;
        }

        prevSeq = e.seq;
        prevHash = e.hash;
        prevFlagged = flagged;
    }

    // The head in meta catches what the chain alone cannot: entries cut off the end, or added after it.
    const qint64 lastSeq = prevSeq;
    if (!metaHead) {
        if (lastSeq > 0)
            report(AuditProblem::Kind::TailTruncated, lastSeq,
                   QCoreApplication::translate(
                       "sinergi::AuditLog",
                       "The record of the last audit entry is missing, so entries after entry %1 "
                       "may have been removed.")
                       .arg(lastSeq));
    } else if (metaHead->seq > lastSeq) {
        report(AuditProblem::Kind::TailTruncated, lastSeq + 1,
               metaHead->seq == lastSeq + 1
                   ? QCoreApplication::translate("sinergi::AuditLog",
                                                 "The last audit entry (%1) was removed from the log.")
                         .arg(lastSeq + 1)
                   : QCoreApplication::translate(
                         "sinergi::AuditLog", "The last audit entries (%1 to %2) were removed from the log.")
                         .arg(lastSeq + 1)
                         .arg(metaHead->seq));
    } else if (metaHead->seq < lastSeq) {
        report(AuditProblem::Kind::Edited, metaHead->seq + 1,
               QCoreApplication::translate("sinergi::AuditLog",
                                           "Audit entries from %1 on were added outside Sinergi.")
                   .arg(metaHead->seq + 1));
    } else if (metaHead->hash != prevHash && !prevFlagged) {
        report(AuditProblem::Kind::Edited, lastSeq,
               QCoreApplication::translate("sinergi::AuditLog",
                                           "Audit entry %1 was replaced after it was written.")
                   .arg(lastSeq));
    }
    return problems;
}

} // namespace sinergi
