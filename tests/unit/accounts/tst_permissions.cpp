#include "accounts/Role.h"

#include <QSet>
#include <QTest>

using namespace sinergi;

// The whole role x permission matrix, spelled out independently of Permissions.cpp: a change to the
// table must be made twice, which is the point.
class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QList<int>>("expected");

        auto ids = [](std::initializer_list<Permission> ps) {
            QList<int> out;
            for (Permission p : ps)
                out.append(static_cast<int>(p));
            return out;
        };
        QList<int> everything;
        for (int p = static_cast<int>(Permission::ManageUsers);
             p <= static_cast<int>(Permission::SubmitBatches); ++p)
            everything.append(p);

        QTest::newRow("admin") << static_cast<int>(Role::Admin) << everything;
        QTest::newRow("walidata") << static_cast<int>(Role::Walidata)
                                  << ids({Permission::ViewAudit, Permission::ViewDashboards,
                                          Permission::ViewRecords, Permission::EditRecords,
                                          Permission::ImportRecords, Permission::ExportRecords,
                                          Permission::ViewPii, Permission::ExportPii,
                                          Permission::ApprovePeriod, Permission::SubmitBatches});
        QTest::newRow("operator") << static_cast<int>(Role::Operator)
                                  << ids({Permission::ViewDashboards, Permission::ViewRecords,
                                          Permission::EditRecords, Permission::ImportRecords,
                                          Permission::ExportRecords, Permission::ViewPii});
        QTest::newRow("viewer") << static_cast<int>(Role::Viewer)
                                << ids({Permission::ViewDashboards, Permission::ViewRecords});
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(QList<int>, expected);
        const QSet<int> want(expected.cbegin(), expected.cend());

        QSet<int> granted;
        for (Permission p : allPermissions()) {
            if (roleHas(static_cast<Role>(role), p))
                granted.insert(static_cast<int>(p));
        }
        QCOMPARE(granted, want);
    }

    void everyPermissionIsListedOnce()
    {
        const QList<Permission> ps = allPermissions();
        QCOMPARE(ps.size(), static_cast<int>(Permission::SubmitBatches) + 1);
        QSet<QString> ids;
        for (Permission p : ps) {
            const QString id = permissionId(p);
            QVERIFY2(!id.isEmpty(), qPrintable(QString::number(static_cast<int>(p))));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), ps.size());
    }

    void unknownValuesGetNothing()
    {
        QVERIFY(!roleHas(static_cast<Role>(42), Permission::ViewRecords));
        QVERIFY(!roleHas(Role::Admin, static_cast<Permission>(99)));
    }

    void roleIdsRoundTrip()
    {
        const QList<Role> roles = allRoles();
        QCOMPARE(roles, (QList<Role>{Role::Admin, Role::Walidata, Role::Operator, Role::Viewer}));
        QCOMPARE(roleId(Role::Admin), u"admin"_qs);
        QCOMPARE(roleId(Role::Walidata), u"walidata"_qs);
        QCOMPARE(roleId(Role::Operator), u"operator"_qs);
        QCOMPARE(roleId(Role::Viewer), u"viewer"_qs);
        for (Role r : roles)
            QVERIFY(roleFromId(roleId(r)) == r);
        // Ids are exact: anything else is damaged data, not a spelling variant.
        QVERIFY(!roleFromId(u"Admin"_qs));
        QVERIFY(!roleFromId(u"root"_qs));
        QVERIFY(!roleFromId(QString()));
    }

    void namesAreEnglishSourceStrings()
    {
        // No translator is installed in the test, so tr() returns the English source text.
        QCOMPARE(RoleNames::displayName(Role::Admin), u"Administrator"_qs);
        QCOMPARE(RoleNames::displayName(Role::Walidata), u"Data steward (Walidata)"_qs);
        QCOMPARE(RoleNames::displayName(Role::Operator), u"Operator"_qs);
        QCOMPARE(RoleNames::displayName(Role::Viewer), u"Viewer"_qs);
        for (Role r : allRoles())
            QVERIFY(!RoleNames::description(r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
