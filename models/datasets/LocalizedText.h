#pragma once

#include <QString>

namespace sinergi {

// A label in the two UI languages. Indonesian is the default UI language, so it is the fallback.
struct LocalizedText
{
    QString id;
    QString en;

    // language is a QLocale-style name or prefix ("id", "en", "en_GB").
    QString text(const QString &language) const
    {
        if (language.startsWith(u"en") && !en.isEmpty())
            return en;
        return id.isEmpty() ? en : id;
    }
};

} // namespace sinergi
