#include "TestSupport.h"
#include "accounts/UserRepository.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace sinergi;
using namespace sinergi::test;

class TestUserRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ManualClock> m_clock;
    Database m_db;

    static QDateTime start() { return QDateTime(QDate(2024, 3, 1), QTime(8, 0, 0, 250), QTimeZone::utc()); }


private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A fresh, real SQLCipher store for every test function.
    void init()
    {
        m_clock = std::make_unique<ManualClock>(start());
        m_db = Database::open(m_dir.filePath(u"users-%1.db"_qs.arg(++m_counter)), fixedKey(),
                              Database::Mode::Create);
        storeMigrations().migrate(m_db);
    }
    void cleanup() { m_db.close(); }

    void insertAndFind()
    {
        UserRepository repo(m_db, *m_clock);
        QVERIFY(repo.all().isEmpty());
        QVERIFY(!repo.find(u"budi"_qs));

        const User u = repo.insert(u"budi"_qs, u"Budi Santoso"_qs, Role::Operator, true);
        QVERIFY(u.id > 0);
        QCOMPARE(u.username, u"budi"_qs);
        QCOMPARE(u.createdAt, start());

        const std::optional<User> found = repo.find(u"budi"_qs);
        QVERIFY(found);
        QCOMPARE(found->id, u.id);
        QCOMPARE(found->username, u"budi"_qs);
        QCOMPARE(found->displayName, u"Budi Santoso"_qs);
        QCOMPARE(found->role, Role::Operator);
        QVERIFY(found->active);
        QVERIFY(found->mustChangePassword);
        QCOMPARE(found->createdAt, start());
        QCOMPARE(found->updatedAt, start());
        QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);

        // Stored as ISO-8601 UTC text with milliseconds.
        QCOMPARE(m_db.scalar("SELECT created_at FROM users").toString(), u"2024-03-01T08:00:00.250Z"_qs);
        QCOMPARE(m_db.scalar("SELECT role FROM users").toString(), u"operator"_qs);
    }

    void findIsCaseInsensitive()
    {
        UserRepository repo(m_db, *m_clock);
        repo.insert(u"SitiA"_qs, u"Siti Aminah"_qs, Role::Viewer, false);
        QVERIFY(repo.find(u"sitia"_qs));
        QVERIFY(repo.find(u"SITIA"_qs));
        QCOMPARE(repo.find(u"sItIa"_qs)->username, u"SitiA"_qs); // keeps the spelling it was created with
        QVERIFY(!repo.find(u"siti"_qs));
    }

    void duplicateIsRefused()
    {
        UserRepository repo(m_db, *m_clock);
        repo.insert(u"budi"_qs, u"Budi"_qs, Role::Operator, false);
        QCOMPARE(codeOf([&] { repo.insert(u"budi"_qs, u"Other"_qs, Role::Viewer, false); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { repo.insert(u"BUDI"_qs, u"Other"_qs, Role::Viewer, false); }),
                 ErrorCode::InvalidArgument);
        try {
            repo.insert(u"Budi"_qs, u"Other"_qs, Role::Viewer, false);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(u"already exists"_qs), qPrintable(e.userMessage()));
        }
        QCOMPARE(repo.all().size(), 1);
        QCOMPARE(codeOf([&] { repo.insert(u"  "_qs, u"Blank"_qs, Role::Viewer, false); }),
                 ErrorCode::InvalidArgument);
    }

    void allIsSortedByName()
    {
        UserRepository repo(m_db, *m_clock);
        repo.insert(u"citra"_qs, u"C"_qs, Role::Viewer, false);
        repo.insert(u"Ahmad"_qs, u"A"_qs, Role::Admin, false);
        repo.insert(u"budi"_qs, u"B"_qs, Role::Walidata, false);
        const QList<User> users = repo.all();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(0).username, u"Ahmad"_qs);
        QCOMPARE(users.at(0).role, Role::Admin);
        QCOMPARE(users.at(1).username, u"budi"_qs);
        QCOMPARE(users.at(1).role, Role::Walidata);
        QCOMPARE(users.at(2).username, u"citra"_qs);
        QCOMPARE(users.at(2).role, Role::Viewer);
    }

    void updates()
    {
        UserRepository repo(m_db, *m_clock);
        repo.insert(u"budi"_qs, u"Budi"_qs, Role::Viewer, true);
        m_clock->advanceSeconds(60);

        repo.setRole(u"BUDI"_qs, Role::Walidata);
        QCOMPARE(repo.find(u"budi"_qs)->role, Role::Walidata);
        QCOMPARE(repo.find(u"budi"_qs)->updatedAt, start().addSecs(60));
        QCOMPARE(repo.find(u"budi"_qs)->createdAt, start());

        repo.setActive(u"budi"_qs, false);
        QVERIFY(!repo.find(u"budi"_qs)->active);
        repo.setActive(u"budi"_qs, true);
        QVERIFY(repo.find(u"budi"_qs)->active);

        repo.setMustChangePassword(u"budi"_qs, false);
        QVERIFY(!repo.find(u"budi"_qs)->mustChangePassword);
        repo.setMustChangePassword(u"budi"_qs, true);
        QVERIFY(repo.find(u"budi"_qs)->mustChangePassword);

        repo.setDisplayName(u"budi"_qs, u"Budi Santoso, S.Kom."_qs);
        QCOMPARE(repo.find(u"budi"_qs)->displayName, u"Budi Santoso, S.Kom."_qs);
        repo.setDisplayName(u"budi"_qs, QString());
        QCOMPARE(repo.find(u"budi"_qs)->displayName, QString());
    }

    void unknownUserIsInvalidArgument()
    {
        UserRepository repo(m_db, *m_clock);
        repo.insert(u"budi"_qs, u"Budi"_qs, Role::Viewer, false);
        QCOMPARE(codeOf([&] { repo.setActive(u"nobody"_qs, false); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { repo.setRole(u"nobody"_qs, Role::Admin); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { repo.setMustChangePassword(u"nobody"_qs, true); }), ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { repo.setDisplayName(u"nobody"_qs, u"X"_qs); }), ErrorCode::InvalidArgument);
        try {
            repo.setRole(u"nobody"_qs, Role::Admin);
        } catch (const Error &e) {
            QVERIFY2(e.userMessage().contains(u"nobody"_qs), qPrintable(e.userMessage()));
        }
        QCOMPARE(repo.find(u"budi"_qs)->role, Role::Viewer); // nothing else was touched
    }

    void countActiveAdmins()
    {
        UserRepository repo(m_db, *m_clock);
        QCOMPARE(repo.countActiveAdmins(), 0);
        repo.insert(u"admin1"_qs, u"A1"_qs, Role::Admin, false);
        repo.insert(u"admin2"_qs, u"A2"_qs, Role::Admin, false);
        repo.insert(u"walidata"_qs, u"W"_qs, Role::Walidata, false);
        QCOMPARE(repo.countActiveAdmins(), 2);
        repo.setActive(u"admin2"_qs, false);
        QCOMPARE(repo.countActiveAdmins(), 1);
        repo.setRole(u"walidata"_qs, Role::Admin);
        QCOMPARE(repo.countActiveAdmins(), 2);
        repo.setRole(u"admin1"_qs, Role::Operator);
        QCOMPARE(repo.countActiveAdmins(), 1);
        repo.setActive(u"admin2"_qs, true);
        QCOMPARE(repo.countActiveAdmins(), 2);
    }

    void survivesReopen()
    {
        const QString path = m_dir.filePath(u"reopen.db"_qs);
        {
            Database db = Database::open(path, fixedKey(), Database::Mode::Create);
            storeMigrations().migrate(db);
            UserRepository(db, *m_clock).insert(u"budi"_qs, u"Budi"_qs, Role::Walidata, false);
        }
        Database db = Database::open(path, fixedKey());
        const std::optional<User> u = UserRepository(db, *m_clock).find(u"Budi"_qs);
        QVERIFY(u);
        QCOMPARE(u->role, Role::Walidata);
        QCOMPARE(u->createdAt, start());
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
