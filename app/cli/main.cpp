#include "CommandDispatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

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

    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so the default store (AppDataLocation/store) is the same folder.
    QCoreApplication::setOrganizationName(u"Sinergi"_qs);
    QCoreApplication::setApplicationName(u"Sinergi"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(SINERGI_VERSION));

    sinergi::cli::CommandDispatcher dispatcher;
    return dispatcher.run(QCoreApplication::arguments());
}
