// QAbstractItemModelTester over the view models, alone and behind their sort/filter proxies.
#include "GuiTestHelpers.h"

#include "audit/AuditModel.h"
#include "users/UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void usersModel()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        session->createUser(u"budi"_qs, u"Budi Santoso"_qs, Role::Operator, u"Sandi-Petugas-2024"_qs);
        session->createUser(u"ani"_qs, u"Ani"_qs, Role::Viewer, u"Sandi-Petugas-2024"_qs);
        session->setUserActive(u"ani"_qs, false);

        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(UsersModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setUsers(session->users());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
        const int ani = model.rowOf(u"ANI"_qs);
        QVERIFY(ani >= 0);
        QCOMPARE(model.index(ani, UsersModel::ActiveColumn).data().toString(), UsersModel::tr("Disabled"));
        QCOMPARE(model.index(ani, UsersModel::RoleColumn).data().toString(), RoleNames::displayName(Role::Viewer));
        QCOMPARE(model.index(ani, UsersModel::DisplayNameColumn).data(UsersModel::UsernameRole).toString(),
                 u"ani"_qs);

        proxy.sort(UsersModel::UsernameColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"admin"_qs);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(u"santoso"_qs);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString({});
        model.setUsers({});
        QCOMPARE(proxy.rowCount(), 0);
        model.setUsers(session->users());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void auditModel()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        session->setIdleLockMinutes(15);

        AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AuditModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QList<AuditEntry> entries = session->audit().query({});
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), int(entries.size()));
        QCOMPARE(model.columnCount(), int(AuditModel::ColumnCount));
        // Newest first: the settings change.
        QCOMPARE(model.index(0, AuditModel::ActionColumn).data(AuditModel::ActionIdRole).toString(),
                 u"settings.change"_qs);
        QVERIFY(model.index(0, AuditModel::DetailsColumn).data().toString().contains(u"15"_qs));

        proxy.sort(AuditModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(AuditModel::SeqRole).toLongLong(), entries.last().seq);
        proxy.setFilterKeyColumn(AuditModel::ActorColumn);
        proxy.setFilterFixedString(u"nobody"_qs);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString({});
        model.setEntries({});
        QCOMPARE(proxy.rowCount(), 0);
    }

    void formatting()
    {
        QCOMPARE(AuditModel::formatDetails(u"{\"old\":\"10\",\"new\":\"15\"}"_qs), u"new: 15, old: 10"_qs);
        QCOMPARE(AuditModel::formatDetails(u"plain"_qs), u"plain"_qs);
        QCOMPARE(AuditModel::formatDetails({}), QString());
        const QDateTime utc(QDate(2024, 3, 5), QTime(7, 8, 9), Qt::UTC);
        QCOMPARE(AuditModel::formatTime(utc), utc.toLocalTime().toString(u"dd-MM-yyyy HH:mm:ss"_qs));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
