#include "CommandDispatcher.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// "--format pdf" / "--format=pdf": QPdfWriter needs fonts, hence a QGuiApplication. Only then: every other
// command keeps running as a plain QCoreApplication, without any platform plugin.
bool wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            break;
        if (std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // --version must answer instantly (packaging and support scripts call it), so it is handled before
    // Qt, the store or libsodium are touched.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("sinergi-cli %s\n", SINERGI_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--") == 0)
            break;
    }

    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        // A server has no display: paint offscreen unless the user chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the desktop app, so the default store (AppDataLocation/store) is the same folder.
    QCoreApplication::setOrganizationName(u"Sinergi"_qs);
    QCoreApplication::setApplicationName(u"Sinergi"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(SINERGI_VERSION));

    sinergi::cli::CommandDispatcher dispatcher;
    return dispatcher.run(QCoreApplication::arguments());
}
