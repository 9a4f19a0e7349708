// The first-run wizard creates a real store and shows the recovery code; Finish needs the confirmation.
#include "GuiTestHelpers.h"

#include "common/RecoveryCodeView.h"
#include "common/ScriptedFileDialogs.h"
#include "common/ScriptedMessageBoxes.h"
#include "wizard/FirstRunWizard.h"
#include "wizard/RecoveryCodePage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace sinergi;
using namespace sinergi::test;

namespace {
// Kota Salatiga (33.73) in Jawa Tengah (33).
void chooseRegency(QWizard &wizard, const QString &province = u"33"_qs, const QString &regency = u"33.73"_qs)
{
    auto *provinces = wizard.findChild<QComboBox *>(u"provinceCombo"_qs);
    provinces->setCurrentIndex(provinces->findData(province));
    auto *regencies = wizard.findChild<QComboBox *>(u"regencyCombo"_qs);
    regencies->setCurrentIndex(regencies->findData(regency));
}
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void createsStoreAndShowsRecoveryCode()
    {
        QTemporaryDir tmp;
        const QString storeDir = tmp.path() + u"/store"_qs;
        FirstRunWizard wizard(storeDir);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::LocationPage));
        QCOMPARE(wizard.findChild<QLineEdit *>(u"locationEdit"_qs)->text(), QDir::toNativeSeparators(storeDir));
        // The regency served is required: Next stays disabled until one is chosen.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        chooseRegency(wizard);
        QVERIFY(wizard.findChild<QComboBox *>(u"regencyCombo"_qs)->currentText().contains(u"Salatiga"_qs));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPage));

        // The page is incomplete until the password meets the policy and is repeated.
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"usernameEdit"_qs), u"admin"_qs);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"displayNameEdit"_qs), kAdminName);
        QTest::keyClicks(wizard.findChild<QLineEdit *>(u"passwordEdit"_qs), u"short"_qs);
        QVERIFY(!next->isEnabled());
        auto *feedback = wizard.findChild<QLabel *>(u"feedbackLabel"_qs);
        QVERIFY(feedback->text().contains(u"10"_qs));
        wizard.findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kAdminPassword);
        wizard.findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(kAdminPassword + u"x"_qs);
        QVERIFY(!next->isEnabled());
        wizard.findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(kAdminPassword);
        QVERIFY(next->isEnabled());

        next->click();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::RecoveryPage));
        auto *page = qobject_cast<RecoveryCodePage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(page->storeCreated(), 20000);
        QVERIFY(StoreLocation{storeDir}.storeExists());
        QVERIFY(page->recoveryCode().size() >= 16);
        auto *view = wizard.findChild<RecoveryCodeView *>();
        QVERIFY(view->isVisible());
        QCOMPARE(wizard.findChild<QLabel *>(u"codeLabel"_qs)->text(), page->recoveryCode());

        // Finish only after "I have written down the recovery code"; Esc does not lose the code.
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QVERIFY(finish->isVisible());
        QVERIFY(!finish->isEnabled());
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
        wizard.reject();
        QVERIFY(wizard.isVisible());

        // Save to file goes through the scripted picker.
        ScriptedFileDialogs files;
        ScriptedMessageBoxes boxes;
        const QString codeFile = tmp.path() + u"/code.txt"_qs;
        files.queuePath(codeFile);
        wizard.findChild<QPushButton *>(u"saveButton"_qs)->click();
        QFile saved(codeFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(saved.readAll()).contains(page->recoveryCode()));
        QCOMPARE(boxes.shown().size(), 1);

        wizard.findChild<QCheckBox *>(u"confirmCheck"_qs)->setChecked(true);
        QVERIFY(finish->isEnabled());
        finish->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        std::unique_ptr<Session> session = wizard.takeSession();
        QVERIFY(session);
        QCOMPARE(session->user().username, u"admin"_qs);
        QCOMPARE(session->user().role, Role::Admin);
        QCOMPARE(session->setting(u"office.regency"_qs), u"33.73"_qs);
    }

    void refusesFolderWithExistingStore()
    {
        GuiStore store;
        store.create().reset();
        FirstRunWizard wizard(store.where.dir);
        wizard.show();
        chooseRegency(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::LocationPage));
        QVERIFY(wizard.page(FirstRunWizard::LocationPage)->findChild<QLabel *>(u"errorLabel"_qs)->isVisible());
    }

    void failureOffersBackAndRetry()
    {
        // A location that cannot be created: a regular file where the folder should be.
        QTemporaryDir tmp;
        QFile blocker(tmp.path() + u"/file"_qs);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        FirstRunWizard wizard(tmp.path() + u"/file/store"_qs);
        wizard.show();
        chooseRegency(wizard);
        wizard.next();
        wizard.findChild<QLineEdit *>(u"usernameEdit"_qs)->setText(u"admin"_qs);
        wizard.findChild<QLineEdit *>(u"displayNameEdit"_qs)->setText(kAdminName);
        wizard.findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(kAdminPassword);
        wizard.findChild<QLineEdit *>(u"confirmEdit"_qs)->setText(kAdminPassword);
        wizard.next();
        auto *page = qobject_cast<RecoveryCodePage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        QVERIFY(!page->storeCreated());
        QVERIFY(wizard.findChild<QWidget *>(u"failedWidget"_qs)->isVisible());
        QVERIFY(!page->findChild<QLabel *>(u"errorLabel"_qs)->text().isEmpty());
        QVERIFY(wizard.button(QWizard::BackButton)->isVisible());
        wizard.back();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPage));
        QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
