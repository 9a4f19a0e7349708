#include "TestSupport.h"
#include "session/Session.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;
using sinergi::test::codeOf;

namespace {


const QString kAdminPw = u"Kunci-Rahasia-2026"_qs;

QStringList actions(Session &s)
{
    QStringList out;
    AuditFilter all;
    for (const AuditEntry &e : s.audit().query(all))
        out.prepend(e.action); // query is newest first
    return out;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};

    StoreLocation fresh() { return {m_tmp.filePath(QStringLiteral("s%1").arg(++m_n))}; }

    StoreLocation makeStore(QString *code = nullptr)
    {
        const StoreLocation where = fresh();
        auto created = Session::initialize(where, u"admin"_qs, u"Admin Satu"_qs, kAdminPw, KdfParams::minimal(), m_clock);
        created.session->createUser(u"siti"_qs, u"Siti Operator"_qs, Role::Operator, u"Melati-Pagi-01"_qs);
        created.session->createUser(u"tamu"_qs, u"Tamu"_qs, Role::Viewer, u"Kenanga-Sore-02"_qs);
        if (code)
            *code = created.recoveryCode;
        return where;
    }

private slots:
    void initializeAndLogin()
    {
        const StoreLocation where = makeStore();
        auto s = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
        QCOMPARE(s->user().role, Role::Admin);
        QVERIFY(s->can(Permission::ManageKeys));
        const QStringList a = actions(*s);
        QVERIFY(a.contains(u"store.create"_qs));
        QCOMPARE(a.count(u"user.create"_qs), 3);
        QCOMPARE(a.last(), u"login.success"_qs);
        QVERIFY(s->audit().verify().isEmpty());
        QVERIFY(s->checkStore().isEmpty());
    }

    void initializeEnforcesPolicy()
    {
        QCOMPARE(codeOf([&] { Session::initialize(fresh(), u"admin"_qs, {}, u"short"_qs, KdfParams::minimal(), m_clock); }),
                 ErrorCode::PolicyViolation);
        QCOMPARE(codeOf([&] { Session::initialize(fresh(), u"administrator"_qs, {}, u"xxAdministratorxx"_qs,
                                                  KdfParams::minimal(), m_clock); }),
                 ErrorCode::PolicyViolation);
        QCOMPARE(codeOf([&] { Session::initialize(fresh(), u"a b"_qs, {}, kAdminPw, KdfParams::minimal(), m_clock); }),
                 ErrorCode::InvalidArgument);
    }

    void lockoutAfterFiveFailuresForFiveMinutes()
    {
        const StoreLocation where = makeStore();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(codeOf([&] { Session::login(where, u"siti"_qs, u"wrong-password"_qs, m_clock); }),
                     ErrorCode::WrongPassword);
        // The fifth failure locks; now even the right password is refused.
        QCOMPARE(codeOf([&] { Session::login(where, u"siti"_qs, u"wrong-password"_qs, m_clock); }),
                 ErrorCode::AccountLocked);
        QCOMPARE(codeOf([&] { Session::login(where, u"siti"_qs, u"Melati-Pagi-01"_qs, m_clock); }),
                 ErrorCode::AccountLocked);
        QVERIFY(Session::secondsLockedOut(where, u"siti"_qs, m_clock) > 290);
        // Other users are not affected.
        QVERIFY(Session::login(where, u"tamu"_qs, u"Kenanga-Sore-02"_qs, m_clock));
        m_clock.advanceSeconds(5 * 60 + 1);
        auto s = Session::login(where, u"siti"_qs, u"Melati-Pagi-01"_qs, m_clock);
        QVERIFY(s->user().mustChangePassword);
        s.reset();
        auto admin = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
        QCOMPARE(actions(*admin).count(u"login.failure"_qs), 5); // queued while locked, now in the audit log
    }

    void permissionsAreChecked()
    {
        const StoreLocation where = makeStore();
        auto viewer = Session::login(where, u"tamu"_qs, u"Kenanga-Sore-02"_qs, m_clock);
        QCOMPARE(codeOf([&] { viewer->users(); }), ErrorCode::PermissionDenied);
        QCOMPARE(codeOf([&] { viewer->createUser(u"x12"_qs, {}, Role::Admin, u"xxxxxxxxxxxx"_qs); }),
                 ErrorCode::PermissionDenied);
        QCOMPARE(codeOf([&] { viewer->setSetting(u"a"_qs, u"b"_qs); }), ErrorCode::PermissionDenied);
        QCOMPARE(codeOf([&] { viewer->rotateDataKey(); }), ErrorCode::PermissionDenied);
        QCOMPARE(codeOf([&] { viewer->regenerateRecoveryCode(); }), ErrorCode::PermissionDenied);
        // Any role may change its own password.
        viewer->changeOwnPassword(u"Kenanga-Sore-02"_qs, u"Kenanga-Baru-22"_qs);
        viewer.reset();
        QVERIFY(!Session::login(where, u"tamu"_qs, u"Kenanga-Baru-22"_qs, m_clock)->user().mustChangePassword);
    }

    void disableRemovesAccessAndSlot()
    {
        const StoreLocation where = makeStore();
        {
            auto admin = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
            admin->setUserActive(u"siti"_qs, false);
            QVERIFY(!admin->vault().hasUserSlot(u"siti"_qs));
            QCOMPARE(codeOf([&] { admin->setUserActive(u"siti"_qs, true); }), ErrorCode::PolicyViolation);
        }
        QCOMPARE(codeOf([&] { Session::login(where, u"siti"_qs, u"Melati-Pagi-01"_qs, m_clock); }),
                 ErrorCode::WrongPassword);
        {
            auto admin = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
            admin->resetPassword(u"siti"_qs, u"Reset-Melati-77"_qs);
            QVERIFY(actions(*admin).contains(u"user.disable"_qs));
            QVERIFY(actions(*admin).contains(u"user.password_reset"_qs));
        }
        auto siti = Session::login(where, u"siti"_qs, u"Reset-Melati-77"_qs, m_clock);
        QVERIFY(siti->user().active);
        QVERIFY(siti->user().mustChangePassword);
    }

    void lastAdminIsProtected()
    {
        const StoreLocation where = makeStore();
        auto admin = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
        QCOMPARE(codeOf([&] { admin->setRole(u"admin"_qs, Role::Viewer); }), ErrorCode::PolicyViolation);
        QCOMPARE(codeOf([&] { admin->setUserActive(u"admin"_qs, false); }), ErrorCode::PolicyViolation);
        admin->setRole(u"siti"_qs, Role::Admin);
        admin->setUserActive(u"siti"_qs, false); // another admin remains active (admin)
        QCOMPARE(codeOf([&] { admin->setRole(u"admin"_qs, Role::Walidata); }), ErrorCode::PolicyViolation);
        admin->resetPassword(u"siti"_qs, u"Lagi-Melati-88"_qs); // re-enabled: now two active admins
        admin->setRole(u"admin"_qs, Role::Walidata);
        QCOMPARE(admin->user().role, Role::Walidata);
        QVERIFY(!admin->can(Permission::ManageUsers));
    }

    void duplicateAndInvalidUsers()
    {
        const StoreLocation where = makeStore();
        auto admin = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
        QCOMPARE(codeOf([&] { admin->createUser(u"SITI"_qs, {}, Role::Viewer, u"another-pass-1"_qs); }),
                 ErrorCode::InvalidArgument);
        QCOMPARE(codeOf([&] { admin->createUser(u"budi"_qs, {}, Role::Viewer, u"budi"_qs); }),
                 ErrorCode::PolicyViolation);
        QCOMPARE(codeOf([&] { admin->setRole(u"nobody"_qs, Role::Viewer); }), ErrorCode::InvalidArgument);
        QCOMPARE(admin->users().size(), 3);
    }

    void settingsAreAudited()
    {
        const StoreLocation where = makeStore();
        auto admin = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
        QCOMPARE(admin->idleLockMinutes(), 10);
        admin->setIdleLockMinutes(3);
        QCOMPARE(admin->idleLockMinutes(), 3);
        QCOMPARE(codeOf([&] { admin->setIdleLockMinutes(0); }), ErrorCode::InvalidArgument);
        AuditFilter f;
        f.actionPrefix = u"settings."_qs;
        const QList<AuditEntry> entries = admin->audit().query(f);
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().details.contains(u"\"new\":\"3\""_qs));
    }

    void idleUnlockCountsTowardLockout()
    {
        const StoreLocation where = makeStore();
        auto s = Session::login(where, u"siti"_qs, u"Melati-Pagi-01"_qs, m_clock);
        s->recordIdleLock();
        QVERIFY(!s->unlockAfterIdle(u"nope-nope-nope"_qs));
        QVERIFY(s->unlockAfterIdle(u"Melati-Pagi-01"_qs));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!s->unlockAfterIdle(u"nope-nope-nope"_qs));
        QCOMPARE(codeOf([&] { s->unlockAfterIdle(u"nope-nope-nope"_qs); }), ErrorCode::AccountLocked);
        QCOMPARE(codeOf([&] { s->unlockAfterIdle(u"Melati-Pagi-01"_qs); }), ErrorCode::AccountLocked);
    }

    void recoveryResetsAdmin()
    {
        QString code;
        const StoreLocation where = makeStore(&code);
        QCOMPARE(codeOf([&] { Session::recover(where, code, u"siti"_qs, u"Pulih-Kembali-01"_qs, m_clock); }),
                 ErrorCode::InvalidArgument); // siti is not an admin
        QCOMPARE(codeOf([&] { Session::recover(where, u"AAAA-AAAA"_qs, u"admin"_qs, u"Pulih-Kembali-01"_qs, m_clock); }),
                 ErrorCode::WrongRecoveryCode);
        {
            auto s = Session::recover(where, code, u"admin"_qs, u"Pulih-Kembali-01"_qs, m_clock);
            QCOMPARE(s->user().username, u"admin"_qs);
            QVERIFY(actions(*s).contains(u"recovery.used"_qs));
        }
        QCOMPARE(codeOf([&] { Session::login(where, u"admin"_qs, kAdminPw, m_clock); }), ErrorCode::WrongPassword);
        QVERIFY(Session::login(where, u"admin"_qs, u"Pulih-Kembali-01"_qs, m_clock));
    }

    void rotationKeepsEveryoneIn()
    {
        QString code;
        const StoreLocation where = makeStore(&code);
        {
            auto admin = Session::login(where, u"admin"_qs, kAdminPw, m_clock);
            admin->rotateDataKey();
            QVERIFY(actions(*admin).contains(u"keys.rotate"_qs));
            QVERIFY(admin->checkStore().isEmpty());
        }
        QVERIFY(Session::login(where, u"siti"_qs, u"Melati-Pagi-01"_qs, m_clock));
        QVERIFY(Session::login(where, u"admin"_qs, kAdminPw, m_clock));
        QVERIFY(Session::recover(where, code, u"admin"_qs, u"Sesudah-Rotasi-01"_qs, m_clock));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
