// sinergi-screenshots: renders the main windows offscreen, in Indonesian, into PNG files for the user
// guide and for reviewing layouts (clipping, overlaps, untranslated text). Not a test: run it through
// tools/screenshots.sh <build dir>.
#include "audit/AuditPage.h"
#include "common/AppSettings.h"
#include "common/ScriptedMessageBoxes.h"
#include "common/Translations.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"
#include "settings/SettingsPage.h"
#include "users/UsersPage.h"
#include "wizard/FirstRunWizard.h"
#include "wizard/RecoveryCodePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>

using namespace sinergi;

namespace {

QString g_outDir;
int g_failures = 0;

void settle(int ms = 50)
{
    QElapsedTimer timer;
    timer.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    } while (timer.elapsed() < ms);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        settle(20);
    }
    return true;
}

void save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = g_outDir + u'/' + name + u".png"_qs;
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "could not write " << path << '\n';
        ++g_failures;
        return;
    }
    QTextStream(stdout) << path << " (" << widget->width() << "x" << widget->height() << ")\n";
}

void setText(QWidget *parent, const char *name, const QString &text)
{
    parent->findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the real user's settings
    QCoreApplication::setOrganizationName(u"SinergiScreenshots"_qs);
    QCoreApplication::setApplicationName(u"Sinergi"_qs);
    const QStringList args = QCoreApplication::arguments();
    g_outDir = args.value(1, u"docs/screenshots"_qs);
    const QString language = args.value(2, u"id"_qs);
    QDir().mkpath(g_outDir);
    if (!Translations::install(language))
        QTextStream(stderr) << "no translation for " << language << '\n';
    ScriptedMessageBoxes boxes; // nothing may block

    QTemporaryDir tmp;
    const QString storeDir = tmp.path() + u"/store"_qs;
    const QString password = u"Kantor-Disnaker-2024"_qs;

    // First-run wizard, all three pages.
    auto wizard = std::make_unique<FirstRunWizard>(u"C:/Users/Disnaker/AppData/Roaming/Sinergi/store"_qs);
    wizard->show();
    save(wizard.get(), u"wizard-1-location"_qs);
    wizard->findChild<QLineEdit *>(u"locationEdit"_qs)->setText(storeDir);
    wizard->next();
    setText(wizard.get(), "usernameEdit", u"admin.disnaker"_qs);
    setText(wizard.get(), "displayNameEdit", u"Rina Wulandari"_qs);
    setText(wizard.get(), "passwordEdit", password);
    setText(wizard.get(), "confirmEdit", password);
    save(wizard.get(), u"wizard-2-admin"_qs);
    wizard->next();
    auto *codePage = qobject_cast<RecoveryCodePage *>(wizard->currentPage());
    if (!waitFor([codePage] { return codePage->storeCreated(); })) {
        QTextStream(stderr) << "the store was not created\n";
        return 1;
    }
    save(wizard.get(), u"wizard-3-recovery"_qs);
    wizard->findChild<QCheckBox *>(u"confirmCheck"_qs)->setChecked(true);
    save(wizard.get(), u"wizard-3-recovery-confirmed"_qs);
    std::unique_ptr<Session> session = wizard->takeSession();
    wizard.reset();
    AppSettings::setStoreDir(storeDir); // as the application does after the first start

    // Sample accounts and activity, so the tables look like a working office.
    const QString staffPassword = u"Sandi-Petugas-2024"_qs;
    session->createUser(u"budi.santoso"_qs, u"Budi Santoso"_qs, Role::Operator, staffPassword);
    session->createUser(u"sari.dewi"_qs, u"Sari Dewi Lestari"_qs, Role::Walidata, staffPassword);
    session->createUser(u"agus.pratama"_qs, u"Agus Pratama"_qs, Role::Operator, staffPassword);
    session->createUser(u"kepala.dinas"_qs, u"Drs. H. Ahmad Fauzi, M.Si"_qs, Role::Viewer, staffPassword);
    session->createUser(u"magang01"_qs, u"Peserta Magang"_qs, Role::Viewer, staffPassword);
    session->setUserActive(u"magang01"_qs, false);
    session->setRole(u"agus.pratama"_qs, Role::Walidata);
    session->setIdleLockMinutes(15);
    session.reset();

    // Log-in window, empty and after a wrong password.
    {
        LoginDialog login(StoreLocation{storeDir});
        login.show();
        login.findChild<QComboBox *>(u"usernameCombo"_qs)->setEditText(u"admin.disnaker"_qs);
        save(&login, u"login"_qs);
        login.findChild<QLineEdit *>(u"passwordEdit"_qs)->setText(u"salah-sandi"_qs);
        login.accept();
        waitFor([&login] { return !login.isBusy() && !login.errorText().isEmpty(); });
        save(&login, u"login-error"_qs);
    }

    session = Session::login(StoreLocation{storeDir}, u"admin.disnaker"_qs, password);
    {
        MainWindow window(*session);
        window.resize(1366, 768);
        window.show();
        window.showPage(window.usersPage());
        window.usersPage()->selectUser(u"budi.santoso"_qs);
        save(&window, u"users"_qs);
        window.showPage(window.auditPage());
        window.auditPage()->verifyChain();
        save(&window, u"audit"_qs);
        window.showPage(window.settingsPage());
        save(&window, u"settings"_qs);

        LoginDialog unlock(*session, 15);
        unlock.show();
        save(&unlock, u"locked"_qs);
    }
    return g_failures == 0 ? 0 : 1;
}
