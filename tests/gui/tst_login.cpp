// The log-in window on a real store: errors inline, lockout countdown, recovery, and the flow into the
// main window.
#include "GuiTestHelpers.h"

#include "accounts/LockoutTracker.h"
#include "login/LoginDialog.h"
#include "login/RecoveryDialog.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "wizard/FirstRunWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {

void typeCredentials(QWidget *dialog, const QString &user, const QString &password)
{
    auto *combo = dialog->findChild<QComboBox *>(u"usernameCombo"_qs);
    combo->setEditText(user);
    auto *edit = dialog->findChild<QLineEdit *>(u"passwordEdit"_qs);
    edit->clear();
    QTest::keyClicks(edit, password);
}

} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void listsSlotUsers()
    {
        GuiStore store;
        store.create().reset();
        LoginDialog dialog(store.where);
        auto *combo = dialog.findChild<QComboBox *>(u"usernameCombo"_qs);
        QVERIFY(combo->findText(kAdmin) >= 0);
        QVERIFY(combo->isEditable());
    }

    void wrongPasswordShowsErrorAndStaysOpen()
    {
        GuiStore store;
        store.create().reset();
        LoginDialog dialog(store.where);
        dialog.show();
        typeCredentials(&dialog, kAdmin, u"wrong-password-123"_qs);
        dialog.findChild<QPushButton *>(u"loginButton"_qs)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), Error(ErrorCode::WrongPassword).userMessage());
        QVERIFY(!dialog.takeSession());
        // The password field is cleared for the next try.
        QVERIFY(dialog.findChild<QLineEdit *>(u"passwordEdit"_qs)->text().isEmpty());
    }

    void unknownStoreErrorIsShownNotThrown()
    {
        QTemporaryDir empty;
        LoginDialog dialog(StoreLocation{empty.path()});
        dialog.show();
        typeCredentials(&dialog, kAdmin, kAdminPassword);
        dialog.findChild<QPushButton *>(u"loginButton"_qs)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QVERIFY(dialog.isVisible());
    }

    void lockoutShowsCountdownAndDisablesLogin()
    {
        GuiStore store;
        store.create().reset();
        LoginDialog dialog(store.where);
        dialog.show();
        auto *button = dialog.findChild<QPushButton *>(u"loginButton"_qs);
        auto *lockout = dialog.findChild<QLabel *>(u"lockoutLabel"_qs);
        for (int i = 0; i < LockoutTracker::kMaxFailures; ++i) {
            typeCredentials(&dialog, kAdmin, u"wrong-password-123"_qs);
            button->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        }
        QVERIFY(lockout->isVisible());
        QVERIFY(lockout->text().contains(QString::number(LockoutTracker::kLockSeconds))
                || lockout->text().contains(QString::number(LockoutTracker::kLockSeconds - 1)));
        typeCredentials(&dialog, kAdmin, kAdminPassword);
        QVERIFY(!button->isEnabled());
    }

    void correctPasswordAccepts()
    {
        GuiStore store;
        store.create().reset();
        LoginDialog dialog(store.where);
        dialog.show();
        typeCredentials(&dialog, kAdmin, kAdminPassword);
        QTest::keyClick(dialog.findChild<QLineEdit *>(u"passwordEdit"_qs), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        std::unique_ptr<Session> session = dialog.takeSession();
        QVERIFY(session);
        QCOMPARE(session->user().username, kAdmin);
    }

    void recoveryCodeLogsIn()
    {
        GuiStore store;
        store.create().reset();
        LoginDialog dialog(store.where);
        dialog.show();
        auto *link = dialog.findChild<QLabel *>(u"recoveryLabel"_qs);
        emit link->linkActivated(u"#recover"_qs);
        auto *recovery = dialog.findChild<RecoveryDialog *>();
        QVERIFY(recovery);
        QTRY_VERIFY(recovery->isVisible());
        recovery->findChild<QLineEdit *>(u"codeEdit"_qs)->setText(u"WRONG-CODE"_qs);
        recovery->findChild<QLineEdit *>(u"usernameEdit"_qs)->setText(kAdmin);
        const QString fresh = u"Pulih-Kembali-2024"_qs;
        recovery->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(fresh);
        recovery->findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(fresh);
        recovery->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!recovery->errorText().isEmpty(), 20000);
        QVERIFY(recovery->isVisible());

        recovery->findChild<QLineEdit *>(u"codeEdit"_qs)->setText(store.recoveryCode);
        recovery->accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        std::unique_ptr<Session> session = dialog.takeSession();
        QVERIFY(session);
        session.reset();
        // The new password works from now on.
        QVERIFY(Session::login(store.where, kAdmin, fresh));
    }

    void controllerOpensMainWindowAfterLogin()
    {
        GuiStore store;
        store.create().reset();
        AppController controller(store.where);
        QSignalSpy finished(&controller, &AppController::finished);
        controller.start();
        QVERIFY(!controller.wizard());
        LoginDialog *login = controller.loginDialog();
        QVERIFY(login && login->isVisible());
        typeCredentials(login, kAdmin, kAdminPassword);
        login->accept();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
        QVERIFY(controller.mainWindow()->isVisible());
        QVERIFY(controller.session());
        QCOMPARE(finished.count(), 0);

        // Log out returns to the log-in window; the store lock is released so logging in again works.
        controller.logout();
        QVERIFY(controller.loginDialog() && controller.loginDialog()->isVisible());
        QTRY_VERIFY(!controller.mainWindow());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        typeCredentials(controller.loginDialog(), kAdmin, kAdminPassword);
        controller.loginDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);

        controller.quit();
        QCOMPARE(finished.count(), 1);
    }

    void controllerStartsWizardWithoutStore()
    {
        QTemporaryDir tmp;
        AppController controller(StoreLocation{tmp.path() + u"/store"_qs});
        QSignalSpy finished(&controller, &AppController::finished);
        controller.start();
        QVERIFY(controller.wizard() && controller.wizard()->isVisible());
        QVERIFY(!controller.loginDialog());
        controller.wizard()->reject();
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
