#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sinergi {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current;
} // namespace

bool Translations::install(const QString &language)
{
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();

    QLocale::setDefault(QLocale(language == u"en"_qs ? QLocale::English : QLocale::Indonesian,
                                language == u"en"_qs ? QLocale::UnitedKingdom : QLocale::Indonesia));
    // Qt's own catalogue when the system has one; the Qt strings our windows actually show (dialog
    // buttons, wizard buttons) are also in our catalogue (QtStrings.cpp), so its absence is harmless.
    if (g_qt->load(u"qtbase_"_qs + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    const bool ok = g_app->load(u":/i18n/sinergi_"_qs + language + u".qm"_qs);
    if (ok)
        QCoreApplication::installTranslator(g_app.get());
    g_current = language;
    return ok;
}

QString Translations::current()
{
    return g_current;
}

} // namespace sinergi
