#include "TestSupport.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace sinergi;
using namespace sinergi::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static void fill(Database &db, int rows, const QString &marker)
    {
        storeMigrations().migrate(db);
        Transaction tx(db);
        auto ins = db.prepare("INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, 'now')");
        for (int i = 0; i < rows; ++i) {
            ins.bindAll(QStringLiteral("k%1").arg(i), marker + QString::number(i));
            ins.exec();
        }
        tx.commit();
    }


private slots:
    void createAndReopen()
    {
        const QString p = path("a.db");
        {
            Database db = Database::open(p, fixedKey(), Database::Mode::Create);
            QVERIFY(db.cipherVersion().startsWith(u"4."_qs));
            fill(db, 10, u"hello"_qs);
        }
        Database db = Database::open(p, fixedKey());
        QCOMPARE(db.scalar("SELECT value FROM settings WHERE key='k3'").toString(), u"hello3"_qs);
        QCOMPARE(db.scalar("PRAGMA journal_mode").toString(), u"wal"_qs);
        QCOMPARE(db.scalar("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(db.scalar("PRAGMA temp_store").toInt(), 2); // MEMORY
        QVERIFY(db.integrityCheck().isEmpty());
        QVERIFY(db.cipherIntegrityCheck().isEmpty());
    }

    // SQLite's allocation statistics are off (their global mutex was taken on every allocation of every
    // connection): after an open and some writes, the statistic has counted nothing.
    void allocationStatisticsAreOff()
    {
        Database db = Database::open(path("memstatus.db"), fixedKey(), Database::Mode::Create);
        fill(db, 50, u"m"_qs);
        QCOMPARE(sqlite3_memory_used(), 0);
        QCOMPARE(sqlite3_memory_highwater(0), 0);
    }

    void wrongKeyIsWrongKey()
    {
        const QString p = path("b.db");
        {
            Database db = Database::open(p, fixedKey(), Database::Mode::Create);
            fill(db, 3, u"x"_qs);
        }
        QCOMPARE(codeOf([&] { Database::open(p, fixedKey(0x10)); }), ErrorCode::WrongKey);
        // Data intact after the failed attempt.
        Database db = Database::open(p, fixedKey());
        QCOMPARE(db.scalar("SELECT count(*) FROM settings").toInt(), 3);
    }

    void plainSqliteAndEmptyAreNotAStore()
    {
        const QString plain = path("plain.db");
        writeAll(plain, QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        QCOMPARE(codeOf([&] { Database::open(plain, fixedKey()); }), ErrorCode::NotAStore);
        const QString empty = path("empty.db");
        writeAll(empty, {});
        QCOMPARE(codeOf([&] { Database::open(empty, fixedKey()); }), ErrorCode::NotAStore);
        QCOMPARE(codeOf([&] { Database::open(path("missing.db"), fixedKey()); }), ErrorCode::NotFound);
    }

    void truncatedIsCorrupted()
    {
        const QString p = path("t.db");
        {
            Database db = Database::open(p, fixedKey(), Database::Mode::Create);
            fill(db, 2000, u"truncate-me"_qs);
            db.checkpointTruncate();
        }
        const QByteArray all = readAll(p);
        writeAll(p, all.left(all.size() / 2));
        QCOMPARE(codeOf([&] { Database::open(p, fixedKey()); }), ErrorCode::Corrupted);
    }

    void flippedByteIsDetected()
    {
        const QString p = path("f.db");
        {
            Database db = Database::open(p, fixedKey(), Database::Mode::Create);
            fill(db, 2000, u"flip-me"_qs);
            db.checkpointTruncate();
        }
        const qint64 size = QFile(p).size();
        flipByte(p, size - 4096 + 100); // inside the last page's ciphertext
        // Either open already fails, or the cipher integrity check names the damaged page.
        try {
            Database db = Database::open(p, fixedKey());
            const QStringList problems = db.cipherIntegrityCheck();
            QVERIFY2(!problems.isEmpty(), "cipher_integrity_check missed a flipped byte");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::Corrupted);
        }
    }

    void newerSchemaIsUnsupported()
    {
        const QString p = path("n.db");
        Database db = Database::open(p, fixedKey(), Database::Mode::Create);
        storeMigrations().migrate(db);
        db.exec("PRAGMA user_version = 999");
        QCOMPARE(codeOf([&] { storeMigrations().migrate(db); }), ErrorCode::Unsupported);
    }

    void migrationIsAtomic()
    {
        const QString p = path("m.db");
        Database db = Database::open(p, fixedKey(), Database::Mode::Create);
        Migrations broken({{1, "ok", [](Database &d) { d.exec("CREATE TABLE a(x)"); }},
                           {2, "fails", [](Database &d) {
                                d.exec("CREATE TABLE b(x)");
                                d.exec("THIS IS NOT SQL");
                            }}});
        QCOMPARE(codeOf([&] { broken.migrate(db); }), ErrorCode::Internal);
        QCOMPARE(db.scalar("PRAGMA user_version").toInt(), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_master WHERE name='b'").toInt(), 0);
    }

    void noPlaintextOnDisk()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(u"plain-scan.db"_qs);
        // Made at run time: a literal would also sit in this test's source and binary, and a clone under
        // /tmp (as CI may use) would then "leak" it.
        const QByteArray marker = test::uniqueMarker();
        Database db = Database::open(p, fixedKey(), Database::Mode::Create);
        fill(db, 500, QString::fromLatin1(marker));
        // A big sort that would spill to a temp file without temp_store=MEMORY.
        db.scalar("SELECT count(*) FROM (SELECT value FROM settings ORDER BY value || randomblob(8))");
        // Scan the store and its WAL while the connection is still open (WAL populated).
        QVERIFY(QFile::exists(p + u"-wal"_qs));
        QVERIFY(!anyFileUnderContains(dir.path(), marker));
        QVERIFY(!anyFileUnderContains(QDir::tempPath(), marker));
        // Control: the scan does find the marker where it is in clear, so the checks above can fail.
        writeAll(dir.filePath(u"control.txt"_qs), "x" + marker + "y");
        QVERIFY(anyFileUnderContains(dir.path(), marker));
    }

    void readOnlyDirectory()
    {
        QTemporaryDir dir;
        ReadOnlyDir guard(dir.path());
        if (!guard.active())
            QSKIP("cannot make a directory read-only here (root without chattr)");
        QCOMPARE(codeOf([&] { Database::open(dir.filePath(u"x.db"_qs), fixedKey(), Database::Mode::Create); }),
                 ErrorCode::ReadOnly);
    }

    void diskFullKeepsData()
    {
        const QString p = path("full.db");
        {
            Database db = Database::open(p, fixedKey(), Database::Mode::Create);
            fill(db, 10, u"before"_qs);
            db.checkpointTruncate();
        }
        // A file-size limit makes the next big write fail like a full disk (EFBIG/ENOSPC).
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit lim = old;
        lim.rlim_cur = static_cast<rlim_t>(QFile(p).size() + 64 * 1024);
        setrlimit(RLIMIT_FSIZE, &lim);
        ErrorCode code = ErrorCode::Internal;
        {
            Database db = Database::open(p, fixedKey());
            code = codeOf([&] {
                Transaction tx(db);
                auto ins = db.prepare("INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, 'now')");
                for (int i = 0; i < 20000; ++i) {
                    ins.bindAll(QStringLiteral("big%1").arg(i), QString(200, u'x'));
                    ins.exec();
                }
                tx.commit();
            });
        }
        setrlimit(RLIMIT_FSIZE, &old);
        QCOMPARE(code, ErrorCode::DiskFull);
        Database db = Database::open(p, fixedKey());
        QCOMPARE(db.scalar("SELECT count(*) FROM settings").toInt(), 10);
        QVERIFY(db.integrityCheck().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
