#include "common/AppSettings.h"
#include "common/Translations.h"
#include "mainwindow/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>
#include <QWidget>

using namespace sinergi;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Sinergi"_qs);
    QCoreApplication::setApplicationName(u"Sinergi"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(SINERGI_VERSION));
    QGuiApplication::setWindowIcon(QIcon(u":/icons/sinergi.svg"_qs));

    // Before anything is shown, so the first window is already in the user's language.
    Translations::install(AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Sinergi — labour data of the regency"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(u"store"_qs,
                                         QCoreApplication::translate("main", "Use the store in <dir>."),
                                         u"dir"_qs);
    // Used by the cold-start benchmark: measure until the first window is on screen.
    const QCommandLineOption readyOption(
        u"quit-when-ready"_qs,
        QCoreApplication::translate("main", "Exit as soon as the first window has been shown."));
    parser.addOption(storeOption);
    parser.addOption(readyOption);
    parser.process(app);

    const QString dir = parser.isSet(storeOption) ? parser.value(storeOption) : AppSettings::storeDir();
    AppController controller(StoreLocation{QDir::cleanPath(QDir::fromNativeSeparators(dir))});
    QObject::connect(&controller, &AppController::finished, &app, &QCoreApplication::quit);
    if (parser.isSet(readyOption)) {
        QObject::connect(
            &controller, &AppController::windowShown, &app,
            [](QWidget *window) {
                // The timer runs once the event loop has started; processEvents delivers the expose and
                // paint of the window before we leave.
                QTimer::singleShot(0, window, [window] {
                    window->repaint();
                    QCoreApplication::processEvents();
                    QCoreApplication::exit(0);
                });
            },
            Qt::SingleShotConnection);
    }
    controller.start();
    return app.exec();
}
