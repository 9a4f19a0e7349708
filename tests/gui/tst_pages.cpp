// The main window and its pages driven on a real store: role-dependent pages, user administration,
// audit log with chain verification, settings.
#include "GuiTestHelpers.h"

#include "audit/AuditModel.h"
#include "audit/AuditPage.h"
#include "common/AppSettings.h"
#include "common/ScriptedMessageBoxes.h"

#include <QAction>
#include "common/Translations.h"
#include "mainwindow/MainWindow.h"
#include "settings/ChangePasswordDialog.h"
#include "settings/RecoveryCodeDialog.h"
#include "settings/SettingsPage.h"
#include "users/RoleDialog.h"
#include "users/ResetPasswordDialog.h"
#include "users/UserDialog.h"
#include "users/UsersModel.h"
#include "users/UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {
const QString kPassword = u"Sandi-Petugas-2024"_qs;

std::optional<User> findUser(Session &session, const QString &name)
{
    for (const User &u : session.users()) {
        if (u.username == name)
            return u;
    }
    return std::nullopt;
}

void createThroughDialog(UsersPage *page, const QString &name, Role role)
{
    page->findChild<QPushButton *>(u"createButton"_qs)->click();
    auto *dialog = page->findChild<UserDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"usernameEdit"_qs)->setText(name);
    dialog->findChild<QLineEdit *>(u"displayNameEdit"_qs)->setText(u"Petugas "_qs + name);
    auto *roles = dialog->findChild<QComboBox *>(u"roleCombo"_qs);
    roles->setCurrentIndex(roles->findData(int(role)));
    dialog->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kPassword);
    dialog->findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(kPassword);
    QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!page->findChild<UserDialog *>());
}
} // namespace

class TestPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void adminSeesAllPages()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        MainWindow window(*session);
        window.show();
        QVERIFY(window.usersPage() && window.auditPage() && window.settingsPage());
        QVERIFY(window.outboxPage());
        QVERIFY(window.approvalPage());
        // dashboard, records, IPK, approval, SMData, users, audit, settings
        QCOMPARE(window.pageTitles().size(), 8);
        auto *status = window.statusBar()->findChild<QLabel *>(u"userLabel"_qs);
        QVERIFY(status->text().contains(kAdmin));
        QVERIFY(status->text().contains(RoleNames::displayName(Role::Admin)));
    }

    void aboutCreditsTheRegionListsLicence()
    {
        // The ODbL requires the credit wherever the region lists ship.
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        ScriptedMessageBoxes boxes;
        MainWindow window(*session);
        window.findChild<QAction *>(u"actionAbout"_qs)->trigger();
        QVERIFY(boxes.lastText().contains(u"ODbL"_qs));
        QVERIFY(boxes.lastText().contains(u"idn-area-data"_qs));
    }

    void viewerSeesRecordsAndSettingsWithStoreItemsDisabled()
    {
        GuiStore store;
        std::unique_ptr<Session> admin = store.create();
        admin->createUser(u"kepala"_qs, u"Kepala Dinas"_qs, Role::Viewer, kPassword);
        admin.reset();
        std::unique_ptr<Session> viewer = Session::login(store.where, u"kepala"_qs, kPassword);
        MainWindow window(*viewer);
        QVERIFY(!window.usersPage());
        QVERIFY(!window.auditPage());
        QVERIFY(window.settingsPage());
        QVERIFY(!window.outboxPage());
        QVERIFY(window.approvalPage()); // seen by every role; its buttons need ApprovePeriod
        QCOMPARE(window.pageTitles().size(), 5); // dashboard, records (masked), IPK, approval and settings
        QCOMPARE(window.pageTitles().last(), window.settingsPage()->windowTitle());
        SettingsPage *settings = window.settingsPage();
        QVERIFY(!settings->findChild<QGroupBox *>(u"securityGroup"_qs)->isEnabled());
        QVERIFY(!settings->findChild<QGroupBox *>(u"keysGroup"_qs)->isEnabled());
        QVERIFY(settings->findChild<QGroupBox *>(u"accountGroup"_qs)->isEnabled());
    }

    void usersCreateDisableEnableAndRole()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        MainWindow window(*session);
        window.show();
        UsersPage *page = window.usersPage();
        window.showPage(page);
        QCOMPARE(page->model()->rowCount(), 1);

        createThroughDialog(page, u"budi"_qs, Role::Operator);
        QCOMPARE(page->model()->rowCount(), 2);
        const int row = page->model()->rowOf(u"budi"_qs);
        QVERIFY(row >= 0);
        QCOMPARE(page->model()->user(row).role, Role::Operator);
        QVERIFY(page->model()->user(row).mustChangePassword);
        QVERIFY(findUser(*session, u"budi"_qs));
        QVERIFY(boxes.shown().isEmpty());

        // Disable (the confirmation is answered Yes).
        QVERIFY(page->selectUser(u"budi"_qs));
        boxes.queueAnswer(true);
        page->findChild<QPushButton *>(u"activeButton"_qs)->click();
        QCOMPARE(boxes.shown().size(), 1);
        QCOMPARE(boxes.shown().first().kind, ScriptedMessageBoxes::Kind::Question);
        QVERIFY(!page->model()->user(page->model()->rowOf(u"budi"_qs)).active);
        QVERIFY(!findUser(*session, u"budi"_qs)->active);

        // Enable again: needs a new password.
        QVERIFY(page->selectUser(u"budi"_qs));
        page->findChild<QPushButton *>(u"activeButton"_qs)->click();
        auto *reset = page->findChild<ResetPasswordDialog *>();
        QVERIFY(reset);
        reset->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kPassword + u"!"_qs);
        reset->findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(kPassword + u"!"_qs);
        reset->accept();
        QTRY_VERIFY(!page->findChild<ResetPasswordDialog *>());
        QVERIFY(findUser(*session, u"budi"_qs)->active);

        // Change role.
        QVERIFY(page->selectUser(u"budi"_qs));
        page->findChild<QPushButton *>(u"roleButton"_qs)->click();
        auto *roleDialog = page->findChild<RoleDialog *>();
        QVERIFY(roleDialog);
        roleDialog->setRole(Role::Walidata);
        roleDialog->accept();
        QTRY_VERIFY(!page->findChild<RoleDialog *>());
        QCOMPARE(findUser(*session, u"budi"_qs)->role, Role::Walidata);
        QCOMPARE(page->model()->user(page->model()->rowOf(u"budi"_qs)).role, Role::Walidata);

        // The filter narrows the table.
        page->findChild<QLineEdit *>(u"filterEdit"_qs)->setText(u"budi"_qs);
        QCOMPARE(page->proxy()->rowCount(), 1);
        page->findChild<QLineEdit *>(u"filterEdit"_qs)->clear();
        QCOMPARE(page->proxy()->rowCount(), 2);
    }

    void usersErrorsGoThroughMessageBoxes()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        MainWindow window(*session);
        UsersPage *page = window.usersPage();

        // The last administrator cannot lose the role.
        QVERIFY(page->selectUser(kAdmin));
        page->findChild<QPushButton *>(u"roleButton"_qs)->click();
        auto *roleDialog = page->findChild<RoleDialog *>();
        roleDialog->setRole(Role::Viewer);
        roleDialog->accept();
        QCOMPARE(boxes.shown().size(), 1);
        QCOMPARE(boxes.shown().first().kind, ScriptedMessageBoxes::Kind::Warning);
        QVERIFY(roleDialog->isVisible()); // stays open so the user can choose again
        QCOMPARE(findUser(*session, kAdmin)->role, Role::Admin);
        roleDialog->reject();

        // Creating a duplicate user name is refused with a message, the dialog stays.
        boxes.clear();
        page->findChild<QPushButton *>(u"createButton"_qs)->click();
        auto *dialog = page->findChild<UserDialog *>();
        dialog->findChild<QLineEdit *>(u"usernameEdit"_qs)->setText(kAdmin);
        dialog->findChild<QLineEdit *>(u"displayNameEdit"_qs)->setText(u"Duplikat"_qs);
        dialog->findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kPassword);
        dialog->findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(kPassword);
        dialog->accept();
        QCOMPARE(boxes.shown().size(), 1);
        QVERIFY(!boxes.lastText().isEmpty());
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void auditShowsEntriesAndVerifies()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        session->createUser(u"sari"_qs, u"Sari"_qs, Role::Operator, kPassword);
        MainWindow window(*session);
        window.show();
        AuditPage *page = window.auditPage();
        window.showPage(page);
        QVERIFY(page->model()->rowCount() >= 4);
        // Newest first; the time column is formatted dd-MM-yyyy HH:mm:ss in local time.
        const QModelIndex first = page->proxy()->index(0, AuditModel::TimeColumn);
        QVERIFY(QDateTime::fromString(first.data().toString(), u"dd-MM-yyyy HH:mm:ss"_qs).isValid());
        QCOMPARE(page->proxy()->index(0, AuditModel::ActionColumn).data(AuditModel::ActionIdRole).toString(),
                 u"user.create"_qs);
        QVERIFY(page->proxy()->index(0, AuditModel::ActionColumn).data().toString() != u"user.create"_qs);

        // Action filter.
        auto *combo = page->findChild<QComboBox *>(u"actionCombo"_qs);
        combo->setCurrentIndex(combo->findData(u"login."_qs));
        QVERIFY(page->model()->rowCount() >= 1);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->model()->entry(r).action.startsWith(u"login."_qs));
        combo->setCurrentIndex(0);

        // Actor filter (typed, applied after a short pause).
        page->findChild<QLineEdit *>(u"actorEdit"_qs)->setText(u"nobody"_qs);
        QTRY_COMPARE(page->model()->rowCount(), 0);
        page->findChild<QLineEdit *>(u"actorEdit"_qs)->clear();
        QTRY_VERIFY(page->model()->rowCount() >= 4);

        page->findChild<QPushButton *>(u"verifyButton"_qs)->click();
        QVERIFY(page->findChild<QLabel *>(u"resultLabel"_qs)->isVisible());
        QVERIFY(page->verifyChain());
        QVERIFY(!page->verifyResultText().isEmpty());
    }

    void settingsChangeIdleMinutes()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        MainWindow window(*session);
        SettingsPage *page = window.settingsPage();
        QSignalSpy changed(&window, &MainWindow::idleLockMinutesChanged);
        auto *spin = page->findChild<QSpinBox *>(u"idleSpin"_qs);
        auto *apply = page->findChild<QPushButton *>(u"idleApplyButton"_qs);
        QCOMPARE(spin->value(), session->idleLockMinutes());
        QVERIFY(!apply->isEnabled());
        spin->setValue(25);
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(session->idleLockMinutes(), 25);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 25);
        QVERIFY(!apply->isEnabled());
    }

    void languageSwitchesLive()
    {
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        QVERIFY(Translations::install(u"id"_qs));
        AppSettings::setLanguage(u"id"_qs);
        MainWindow window(*session);
        QCOMPARE(window.usersPage()->windowTitle(), u"Pengguna"_qs);
        auto *combo = window.settingsPage()->findChild<QComboBox *>(u"languageCombo"_qs);
        window.settingsPage()->changeLanguage(combo->findData(u"en"_qs));
        QCOMPARE(AppSettings::language(), u"en"_qs);
        QTRY_VERIFY(window.pageTitles().contains(u"Users"_qs)); // LanguageChange is a posted event
        QCOMPARE(window.usersPage()->findChild<QPushButton *>(u"createButton"_qs)->text(), u"&New user…"_qs);
        window.settingsPage()->changeLanguage(combo->findData(u"id"_qs));
        QTRY_VERIFY(window.pageTitles().contains(u"Pengguna"_qs));
        QCOMPARE(window.usersPage()->model()->headerData(0, Qt::Horizontal).toString(), u"Nama pengguna"_qs);
    }

    void settingsKeysAndPassword()
    {
        ScriptedMessageBoxes boxes;
        GuiStore store;
        std::unique_ptr<Session> session = store.create();
        MainWindow window(*session);
        SettingsPage *page = window.settingsPage();

        // New recovery code: confirmed, shown once, closes only after the check box.
        boxes.queueAnswer(true);
        page->findChild<QPushButton *>(u"recoveryButton"_qs)->click();
        auto *codeDialog = page->findChild<RecoveryCodeDialog *>();
        QVERIFY(codeDialog);
        const QString code = codeDialog->findChild<QLabel *>(u"codeLabel"_qs)->text();
        QVERIFY(code != store.recoveryCode && code.size() >= 16);
        codeDialog->reject();
        QVERIFY(codeDialog->isVisible());
        codeDialog->findChild<QCheckBox *>(u"confirmCheck"_qs)->setChecked(true);
        codeDialog->reject();
        QTRY_VERIFY(!page->findChild<RecoveryCodeDialog *>());

        // Rotate the data key on a worker thread.
        boxes.clear();
        QSignalSpy running(&window, &MainWindow::longOperationRunning);
        boxes.queueAnswer(true);
        page->findChild<QPushButton *>(u"rotateButton"_qs)->click();
        QVERIFY(page->isRotating());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isRotating(), 30000);
        QCOMPARE(running.count(), 2);
        QCOMPARE(boxes.shown().last().kind, ScriptedMessageBoxes::Kind::Information);
        QVERIFY(session->audit().verify().isEmpty());

        // Change my password.
        page->findChild<QPushButton *>(u"passwordButton"_qs)->click();
        auto *pw = page->findChild<ChangePasswordDialog *>();
        QVERIFY(pw);
        pw->findChild<QLineEdit *>(u"currentEdit"_qs)->setText(u"not-my-password"_qs);
        pw->findChild<QLineEdit *>(u"newEdit"_qs)->setText(kPassword);
        pw->findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(kPassword);
        pw->accept();
        QVERIFY(!pw->errorText().isEmpty());
        pw->findChild<QLineEdit *>(u"currentEdit"_qs)->setText(kAdminPassword);
        pw->accept();
        QTRY_VERIFY(!page->findChild<ChangePasswordDialog *>());
        session.reset();
        QVERIFY(Session::login(store.where, kAdmin, kPassword));
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
