// Idle lock: after the interval the main window is hidden and the unlock window shown; unlocking brings
// back the very same window with unsaved input intact.
#include "GuiTestHelpers.h"

#include "idle/IdleMonitor.h"
#include "login/LoginDialog.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "users/UsersPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

class TestIdle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void monitorFiresAndInputRestartsIt()
    {
        IdleMonitor monitor;
        QSignalSpy idle(&monitor, &IdleMonitor::idle);
        QWidget w;
        w.show();
        monitor.setIntervalMs(300);
        monitor.start();
        // Keep "typing" for longer than the interval: no idle.
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            QTest::keyClick(&w, Qt::Key_A);
        }
        QCOMPARE(idle.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 2000);

        // Inhibited (long work running): no idle until released.
        idle.clear();
        monitor.start();
        monitor.setInhibited(true);
        QTest::qWait(500);
        QCOMPARE(idle.count(), 0);
        monitor.setInhibited(false);
        QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 2000);
    }

    void lockHidesWindowAndUnlockRestoresIt()
    {
        GuiStore store;
        store.create().reset();
        AppController controller(store.where);
        controller.start();
        LoginDialog *login = controller.loginDialog();
        login->findChild<QComboBox *>(u"usernameCombo"_qs)->setEditText(kAdmin);
        login->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kAdminPassword);
        login->accept();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        QPointer<MainWindow> main = controller.mainWindow();
        QVERIFY(main->isVisible());

        // Unsaved input somewhere in the window.
        auto *filter = main->usersPage()->findChild<QLineEdit *>(u"filterEdit"_qs);
        filter->setText(u"belum disimpan"_qs);

        controller.idleMonitor()->setIntervalMs(200);
        QTRY_VERIFY_WITH_TIMEOUT(controller.isLocked(), 3000);
        QVERIFY(!main->isVisible());
        LoginDialog *unlock = controller.lockDialog();
        QVERIFY(unlock->isVisible());
        QCOMPARE(unlock->mode(), LoginDialog::Mode::IdleUnlock);
        QVERIFY(!unlock->findChild<QComboBox *>(u"usernameCombo"_qs)->isEnabled());
        QCOMPARE(unlock->findChild<QComboBox *>(u"usernameCombo"_qs)->currentText(), kAdmin);

        // A wrong password keeps it locked.
        unlock->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(u"salah-salah-salah"_qs);
        unlock->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!unlock->errorText().isEmpty(), 20000);
        QVERIFY(controller.isLocked());
        QVERIFY(!main->isVisible());

        // The slow test interval must not lock again while the unlock window is up.
        controller.idleMonitor()->setIntervalMs(60 * 60 * 1000);
        unlock->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kAdminPassword);
        unlock->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isLocked(), 20000);
        QVERIFY(main);
        QCOMPARE(controller.mainWindow(), main.data());
        QVERIFY(main->isVisible());
        QCOMPARE(filter->text(), u"belum disimpan"_qs);
        QVERIFY(controller.idleMonitor()->isRunning());

        // Both events are in the audit log.
        QStringList actions;
        for (const AuditEntry &e : controller.session()->audit().query({}))
            actions.append(e.action);
        QVERIFY(actions.contains(u"session.lock"_qs));
        QVERIFY(actions.contains(u"session.unlock"_qs));
    }

    void logOutFromLockWindow()
    {
        GuiStore store;
        store.create().reset();
        AppController controller(store.where);
        controller.start();
        controller.loginDialog()->findChild<QComboBox *>(u"usernameCombo"_qs)->setEditText(kAdmin);
        controller.loginDialog()->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kAdminPassword);
        controller.loginDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        controller.lock();
        QVERIFY(controller.isLocked());
        controller.lockDialog()->reject();
        QVERIFY(!controller.isLocked());
        QVERIFY(controller.loginDialog() && controller.loginDialog()->isVisible());
        QTRY_VERIFY(!controller.mainWindow());
    }
};

QTEST_MAIN(TestIdle)
#include "tst_idle.moc"
