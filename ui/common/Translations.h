#pragma once

#include <QString>

namespace sinergi {

// Installs the translator for a UI language ("id" or "en") from the embedded :/i18n/sinergi_<lang>.qm,
// replacing the one installed before. Widgets that handle QEvent::LanguageChange update live.
class Translations
{
public:
    static bool install(const QString &language);
    static QString current();
};

} // namespace sinergi
