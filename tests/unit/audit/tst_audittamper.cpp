#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace sinergi;
using namespace sinergi::test;

// Someone with the store key and an SQLite shell drops the triggers and changes the log: verify() must
// notice, say what kind of change it was, and name the entry.
class TestAuditTamper : public QObject
{
    Q_OBJECT

private:
    static constexpr int kEntries = 10;

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ManualClock> m_clock;
    Database m_db;
    std::unique_ptr<AuditLog> m_log;

    static QDateTime start() { return QDateTime(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc()); }

    void dropTriggers() { m_db.exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;"); }

    void exec(const char *sql, qint64 a = 0, qint64 b = 0)
    {
        Statement st = m_db.prepare(sql);
        if (a)
            st.bind(1, static_cast<std::int64_t>(a));
        if (b)
            st.bind(2, static_cast<std::int64_t>(b));
        st.exec();
    }

    // Swaps the rows at seq a and b. With withHashes the stored hashes move along (the entries are intact,
    // just in the wrong place); without, only the content moves.
    void swap(qint64 a, qint64 b, bool withHashes)
    {
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS saved AS SELECT * FROM audit WHERE 0; DELETE FROM saved;");
        exec("INSERT INTO saved SELECT * FROM audit WHERE seq IN (?1, ?2)", a, b);
        if (withHashes)
            exec("UPDATE audit SET (ts, actor, action, target, details, prev_hash, hash) = "
                 "(SELECT ts, actor, action, target, details, prev_hash, hash FROM saved "
                 " WHERE saved.seq = ?1 + ?2 - audit.seq) WHERE seq IN (?1, ?2)",
                 a, b);
        else
            exec("UPDATE audit SET (ts, actor, action, target, details) = "
                 "(SELECT ts, actor, action, target, details FROM saved "
                 " WHERE saved.seq = ?1 + ?2 - audit.seq) WHERE seq IN (?1, ?2)",
                 a, b);
    }

    static QString describe(const QList<AuditProblem> &problems)
    {
        QStringList out;
        for (const AuditProblem &p : problems)
            out.append(u"[%1 @%2] %3"_qs.arg(static_cast<int>(p.kind)).arg(p.seq).arg(p.description));
        return out.join(u"; "_qs);
    }

    // Each problem's description must name its seq, so the CLI output is useful on its own.
    static void checkDescriptions(const QList<AuditProblem> &problems)
    {
        for (const AuditProblem &p : problems)
            QVERIFY2(p.description.contains(QString::number(p.seq)), qPrintable(p.description));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_clock = std::make_unique<ManualClock>(start());
        m_db = Database::open(m_dir.filePath(u"tamper-%1.db"_qs.arg(++m_counter)), fixedKey(),
                              Database::Mode::Create);
        storeMigrations().migrate(m_db);
        m_log = std::make_unique<AuditLog>(m_db, *m_clock);
        for (int i = 1; i <= kEntries; ++i) {
            m_log->append(u"operator"_qs, u"record.edit"_qs, u"pencaker/%1"_qs.arg(i),
                          uR"({"n":%1})"_qs.arg(i));
            m_clock->advanceSeconds(30);
        }
        QVERIFY(m_log->verify().isEmpty());
        dropTriggers();
    }

    void cleanup()
    {
        m_log.reset();
        m_db.close();
    }

    void editedDetails()
    {
        m_db.exec(R"(UPDATE audit SET details = '{"n":999}' WHERE seq = 4)");
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Edited);
        QCOMPARE(p.at(0).seq, 4);
        checkDescriptions(p);
    }

    void editedEachField_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("actor") << QByteArray("UPDATE audit SET actor = 'admin' WHERE seq = 6");
        QTest::newRow("action") << QByteArray("UPDATE audit SET action = 'record.view' WHERE seq = 6");
        QTest::newRow("target") << QByteArray("UPDATE audit SET target = 'pencaker/0' WHERE seq = 6");
        QTest::newRow("ts") << QByteArray("UPDATE audit SET ts = '2024-03-01T07:00:00.000Z' WHERE seq = 6");
        // Same instant, other spelling: still not what was hashed.
        QTest::newRow("ts spelling") << QByteArray(
            "UPDATE audit SET ts = replace(ts, 'Z', '+00:00') WHERE seq = 6");
        QTest::newRow("hash") << QByteArray("UPDATE audit SET hash = zeroblob(32) WHERE seq = 6");
        QTest::newRow("prev_hash") << QByteArray("UPDATE audit SET prev_hash = zeroblob(32) WHERE seq = 6");
    }

    void editedEachField()
    {
        QFETCH(QByteArray, sql);
        m_db.exec(sql.constData());
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(!p.isEmpty(), sql.constData());
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Edited);
        QCOMPARE(p.at(0).seq, 6);
        checkDescriptions(p);
    }

    void editedWithRecomputedHash()
    {
        // The algorithm is public, so an attacker can fix up the hash of the entry they changed; the next
        // entry's link still remembers the original.
        AuditEntry e = m_log->query({}).at(kEntries - 5); // seq 5
        QCOMPARE(e.seq, 5);
        e.details = uR"({"n":"forged"})"_qs;
        Statement st = m_db.prepare("UPDATE audit SET details = ?1, hash = ?2 WHERE seq = 5");
        st.bindAll(e.details, AuditLog::computeHash(e.prevHash, e));
        st.exec();
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Edited);
        QCOMPARE(p.at(0).seq, 5);
        checkDescriptions(p);
    }

    void lastEntryRewrittenWithRecomputedHash()
    {
        // No successor links to the last entry; the head in meta does.
        AuditEntry e = m_log->query({}).at(0);
        QCOMPARE(e.seq, kEntries);
        e.actor = u"nobody"_qs;
        Statement st = m_db.prepare("UPDATE audit SET actor = ?1, hash = ?2 WHERE seq = ?3");
        st.bindAll(e.actor, AuditLog::computeHash(e.prevHash, e), static_cast<std::int64_t>(e.seq));
        st.exec();
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Edited);
        QCOMPARE(p.at(0).seq, kEntries);
    }

    void deletedMiddleEntry()
    {
        m_db.exec("DELETE FROM audit WHERE seq = 5");
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Missing);
        QCOMPARE(p.at(0).seq, 5);
        checkDescriptions(p);
    }

    void deletedSeveralEntries()
    {
        m_db.exec("DELETE FROM audit WHERE seq IN (1, 2, 6, 7, 8)");
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 2, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Missing);
        QCOMPARE(p.at(0).seq, 1);
        QCOMPARE(p.at(1).kind, AuditProblem::Kind::Missing);
        QCOMPARE(p.at(1).seq, 6);
        QVERIFY(p.at(1).description.contains(u"8"_qs)); // names the whole range
        checkDescriptions(p);
    }

    void swappedEntries_data()
    {
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<bool>("withHashes");
        QTest::newRow("far apart, whole rows") << qint64(3) << qint64(7) << true;
        QTest::newRow("adjacent, whole rows") << qint64(3) << qint64(4) << true;
        QTest::newRow("first and last, whole rows") << qint64(1) << qint64(kEntries) << true;
        QTest::newRow("far apart, content only") << qint64(3) << qint64(7) << false;
        QTest::newRow("adjacent, content only") << qint64(5) << qint64(6) << false;
    }

    void swappedEntries()
    {
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(bool, withHashes);
        swap(a, b, withHashes);
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 2, qPrintable(describe(p)));
        QCOMPARE(p.at(0).seq, a);
        QCOMPARE(p.at(1).seq, b);
        // Moved whole, the entries are intact but misplaced; with only the content moved they no longer
        // match their hashes.
        const AuditProblem::Kind expected =
            withHashes ? AuditProblem::Kind::Reordered : AuditProblem::Kind::Edited;
        QVERIFY2(p.at(0).kind == expected && p.at(1).kind == expected, qPrintable(describe(p)));
        checkDescriptions(p);
    }

    void truncatedTail()
    {
        m_db.exec("DELETE FROM audit WHERE seq > 8");
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::TailTruncated);
        QCOMPARE(p.at(0).seq, 9);
        checkDescriptions(p);
    }

    void truncatedTailStaysVisibleAfterNewEntries()
    {
        m_db.exec("DELETE FROM audit WHERE seq > 8");
        // New entries continue from the head in meta, so the cut remains a gap instead of being healed.
        const AuditEntry next = m_log->append(u"admin"_qs, u"login.success"_qs);
        QCOMPARE(next.seq, kEntries + 1);
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Missing);
        QCOMPARE(p.at(0).seq, 9);
    }

    void everythingDeleted()
    {
        m_db.exec("DELETE FROM audit");
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::TailTruncated);
        QCOMPARE(p.at(0).seq, 1);
    }

    void headRemovedFromMeta()
    {
        m_db.exec("DELETE FROM meta WHERE key LIKE 'audit_head_%'");
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::TailTruncated);
    }

    void entriesAddedBehindTheHead()
    {
        // Appending forged entries with a correct chain but without updating meta.
        AuditEntry last = m_log->query({}).at(0);
        AuditEntry forged;
        forged.seq = last.seq + 1;
        forged.ts = last.ts.addSecs(1);
        forged.actor = u"admin"_qs;
        forged.action = u"user.create"_qs;
        forged.prevHash = last.hash;
        forged.hash = AuditLog::computeHash(forged.prevHash, forged);
        Statement st = m_db.prepare("INSERT INTO audit(seq, ts, actor, action, prev_hash, hash) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        st.bindAll(static_cast<std::int64_t>(forged.seq), forged.ts.toString(Qt::ISODateWithMs), forged.actor,
                   forged.action, forged.prevHash, forged.hash);
        st.exec();
        const QList<AuditProblem> p = m_log->verify();
        QVERIFY2(p.size() == 1, qPrintable(describe(p)));
        QCOMPARE(p.at(0).kind, AuditProblem::Kind::Edited);
        QCOMPARE(p.at(0).seq, kEntries + 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "tst_audittamper.moc"
