#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace sinergi;
using namespace sinergi::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ManualClock> m_clock;
    Database m_db;

    static QDateTime start() { return QDateTime(QDate(2024, 3, 1), QTime(8, 0, 0, 123), QTimeZone::utc()); }

    QString metaValue(const char *key)
    {
        Statement st = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
        st.bind(1, QString::fromLatin1(key));
        return st.step() ? st.text(0) : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_clock = std::make_unique<ManualClock>(start());
        m_db = Database::open(m_dir.filePath(u"audit-%1.db"_qs.arg(++m_counter)), fixedKey(),
                              Database::Mode::Create);
        storeMigrations().migrate(m_db);
    }
    void cleanup() { m_db.close(); }

    void emptyLogVerifies()
    {
        AuditLog log(m_db, *m_clock);
        QCOMPARE(log.count(), 0);
        QVERIFY(log.verify().isEmpty());
        QVERIFY(log.query({}).isEmpty());
    }

    void appendBuildsAChain()
    {
        AuditLog log(m_db, *m_clock);
        const AuditEntry first = log.append(u"admin"_qs, u"login.success"_qs);
        QCOMPARE(first.seq, 1);
        QCOMPARE(first.ts, start());
        QCOMPARE(first.prevHash, QByteArray(32, '\0'));
        QCOMPARE(first.hash.size(), 32);
        QCOMPARE(first.hash, AuditLog::computeHash(first.prevHash, first));
        QCOMPARE(first.target, QString()); // defaults stored as empty text, not NULL

        m_clock->advanceSeconds(5);
        const AuditEntry second =
            log.append(u"admin"_qs, u"user.create"_qs, u"budi"_qs, uR"({"role":"operator"})"_qs);
        QCOMPARE(second.seq, 2);
        QCOMPARE(second.prevHash, first.hash);
        QCOMPARE(second.hash, AuditLog::computeHash(first.hash, second));
        QCOMPARE(log.count(), 2);

        // The head is kept in meta for truncation detection.
        QCOMPARE(metaValue("audit_head_seq"), u"2"_qs);
        QCOMPARE(metaValue("audit_head_hash"), QString::fromLatin1(second.hash.toHex()));
        // Timestamps are ISO-8601 UTC with milliseconds.
        QCOMPARE(m_db.scalar("SELECT ts FROM audit WHERE seq = 2").toString(),
                 u"2024-03-01T08:00:05.123Z"_qs);

        QVERIFY(log.verify().isEmpty());

        const QList<AuditEntry> all = log.query({});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).seq, 2); // newest first
        QCOMPARE(all.at(0).actor, u"admin"_qs);
        QCOMPARE(all.at(0).action, u"user.create"_qs);
        QCOMPARE(all.at(0).target, u"budi"_qs);
        QCOMPARE(all.at(0).details, uR"({"role":"operator"})"_qs);
        QCOMPARE(all.at(0).ts, start().addSecs(5));
        QCOMPARE(all.at(0).prevHash, first.hash);
        QCOMPARE(all.at(0).hash, second.hash);
        QCOMPARE(all.at(1).seq, 1);
    }

    void manyEntriesVerifyAfterReopen()
    {
        const QString path = m_dir.filePath(u"reopen.db"_qs);
        {
            Database db = Database::open(path, fixedKey(), Database::Mode::Create);
            storeMigrations().migrate(db);
            AuditLog log(db, *m_clock);
            for (int i = 0; i < 200; ++i) {
                log.append(u"operator%1"_qs.arg(i % 3), u"record.edit"_qs, u"record/%1"_qs.arg(i),
                           uR"({"field":"nama","n":%1})"_qs.arg(i));
                m_clock->advanceSeconds(1);
            }
        }
        Database db = Database::open(path, fixedKey());
        AuditLog log(db, *m_clock);
        QCOMPARE(log.count(), 200);
        QVERIFY(log.verify().isEmpty());
        QCOMPARE(log.append(u"admin"_qs, u"logout"_qs).seq, 201);
        QVERIFY(log.verify().isEmpty());
    }

    void hashEncodingIsUnambiguousAndCoversEveryField()
    {
        AuditEntry a;
        a.seq = 7;
        a.ts = start();
        a.actor = u"ab"_qs;
        a.action = u"c"_qs;
        const QByteArray prev(32, '\x11');
        const QByteArray h = AuditLog::computeHash(prev, a);

        AuditEntry shifted = a; // same concatenated text, different split
        shifted.actor = u"a"_qs;
        shifted.action = u"bc"_qs;
        QVERIFY(AuditLog::computeHash(prev, shifted) != h);

        auto differs = [&](auto change) {
            AuditEntry b = a;
            change(b);
            return AuditLog::computeHash(prev, b) != h;
        };
        QVERIFY(differs([](AuditEntry &e) { e.seq = 8; }));
        QVERIFY(differs([](AuditEntry &e) { e.ts = e.ts.addMSecs(1); }));
        QVERIFY(differs([](AuditEntry &e) { e.actor = u"aB"_qs; }));
        QVERIFY(differs([](AuditEntry &e) { e.action = u"d"_qs; }));
        QVERIFY(differs([](AuditEntry &e) { e.target = u"x"_qs; }));
        QVERIFY(differs([](AuditEntry &e) { e.details = u"{}"_qs; }));
        QVERIFY(AuditLog::computeHash(QByteArray(32, '\x12'), a) != h);
        // The stored hash fields do not take part.
        AuditEntry withHashes = a;
        withHashes.prevHash = QByteArray(32, '\x33');
        withHashes.hash = QByteArray(32, '\x44');
        QCOMPARE(AuditLog::computeHash(prev, withHashes), h);
    }

    void hashFormatIsPinned()
    {
        // BLAKE2b-256 over prev || seq (8 bytes BE) || (len32 BE || UTF-8) for ts, actor, action, target,
        // details. Pinned by a value computed independently (Python hashlib.blake2b), because changing
        // the format would make every existing store fail verification.
        AuditEntry e;
        e.seq = 1;
        e.ts = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), QTimeZone::utc());
        e.actor = u"admin"_qs;
        e.action = u"login.success"_qs;
        e.target = u"Dinas Tenaga Kerja"_qs;
        e.details = uR"({"ip":"127.0.0.1"})"_qs;
        QCOMPARE(AuditLog::computeHash(QByteArray(32, '\0'), e).toHex(),
                 QByteArray("620a70c10d09643b9cbda4bfbfb37addf5a58866e3dcc6748fdf5a3955a1c65e"));
    }

    void appendJoinsTheCallersTransaction()
    {
        AuditLog log(m_db, *m_clock);
        log.append(u"admin"_qs, u"login.success"_qs);
        {
            Transaction tx(m_db);
            log.append(u"admin"_qs, u"user.create"_qs, u"budi"_qs);
            QCOMPARE(log.count(), 2); // visible inside the transaction
            // no commit: the action failed, so its audit entry must vanish with it
        }
        QCOMPARE(log.count(), 1);
        QCOMPARE(metaValue("audit_head_seq"), u"1"_qs);
        QVERIFY(log.verify().isEmpty());
        {
            Transaction tx(m_db);
            log.append(u"admin"_qs, u"user.create"_qs, u"siti"_qs);
            tx.commit();
        }
        QCOMPARE(log.count(), 2);
        QVERIFY(log.verify().isEmpty());
    }

    void triggersRejectUpdateAndDelete()
    {
        AuditLog log(m_db, *m_clock);
        log.append(u"admin"_qs, u"login.success"_qs);
        log.append(u"admin"_qs, u"logout"_qs);
        bool updateFailed = false;
        try {
            m_db.exec("UPDATE audit SET details = 'x' WHERE seq = 1");
        } catch (const Error &e) {
            updateFailed = true;
            QVERIFY2(e.detail().contains(u"append-only"_qs), qPrintable(e.detail()));
        }
        QVERIFY(updateFailed);
        bool deleteFailed = false;
        try {
            m_db.exec("DELETE FROM audit WHERE seq = 2");
        } catch (const Error &e) {
            deleteFailed = true;
            QVERIFY2(e.detail().contains(u"append-only"_qs), qPrintable(e.detail()));
        }
        QVERIFY(deleteFailed);
        QCOMPARE(log.count(), 2);
        QCOMPARE(m_db.scalar("SELECT details FROM audit WHERE seq = 1").toString(), QString());
        QVERIFY(log.verify().isEmpty());
    }

    void queryFilters()
    {
        AuditLog log(m_db, *m_clock);
        struct Row
        {
            const char16_t *actor, *action, *target, *details;
        };
        const Row rows[] = {
            {u"admin", u"login.success", u"", u""},                         // 1  08:00
            {u"budi", u"login.failure", u"", uR"({"reason":"wrong"})"},     // 2  08:01
            {u"budi", u"login.success", u"", u""},                          // 3  08:02
            {u"budi", u"record.edit", u"pencaker/17", uR"({"f":"nama"})"},  // 4  08:03
            {u"siti", u"record.edit", u"pencaker/18", uR"({"f":"50%_x"})"}, // 5  08:04
            {u"admin", u"loginx.odd", u"", u""},                            // 6  08:05
            {u"admin", u"user.create", u"siti", uR"({"role":"operator"})"}, // 7  08:06
        };
        for (const Row &r : rows) {
            log.append(QString::fromUtf16(r.actor), QString::fromUtf16(r.action),
                       QString::fromUtf16(r.target), QString::fromUtf16(r.details));
            m_clock->advanceSeconds(60);
        }
        auto seqs = [&](const AuditFilter &f) {
            QList<qint64> out;
            for (const AuditEntry &e : log.query(f))
                out.append(e.seq);
            return out;
        };
        using L = QList<qint64>;

        QCOMPARE(seqs({}), (L{7, 6, 5, 4, 3, 2, 1}));

        AuditFilter f;
        f.actor = u"budi"_qs;
        QCOMPARE(seqs(f), (L{4, 3, 2}));
        f.actor = u"BUDI"_qs; // actor is exact
        QCOMPARE(seqs(f), L{});

        f = {};
        f.actionPrefix = u"login."_qs; // a prefix, not a pattern: "loginx.odd" does not match
        QCOMPARE(seqs(f), (L{3, 2, 1}));
        f.actionPrefix = u"login%"_qs; // wildcards are literal
        QCOMPARE(seqs(f), L{});

        f = {};
        f.text = u"pencaker/"_qs; // substring of target
        QCOMPARE(seqs(f), (L{5, 4}));
        f.text = u"operator"_qs; // substring of details
        QCOMPARE(seqs(f), (L{7}));
        f.text = u"50%_"_qs; // % and _ are matched literally
        QCOMPARE(seqs(f), (L{5}));
        f.text = u"%"_qs;
        QCOMPARE(seqs(f), (L{5}));

        f = {};
        f.from = start().addSecs(2 * 60); // inclusive bounds
        f.to = start().addSecs(4 * 60);
        QCOMPARE(seqs(f), (L{5, 4, 3}));
        f.to = QDateTime();
        QCOMPARE(seqs(f), (L{7, 6, 5, 4, 3}));
        // Bounds in another time zone mean the same instant.
        f.from = start().addSecs(5 * 60).toTimeZone(QTimeZone(7 * 3600));
        QCOMPARE(seqs(f), (L{7, 6}));

        f = {};
        f.actor = u"budi"_qs;
        f.actionPrefix = u"login."_qs;
        f.from = start().addSecs(60);
        QCOMPARE(seqs(f), (L{3, 2}));
        f.limit = 1;
        QCOMPARE(seqs(f), (L{3})); // the newest one

        // Hostile text is only ever a bound parameter.
        f = {};
        f.actor = u"x' OR '1'='1"_qs;
        QCOMPARE(seqs(f), L{});
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
