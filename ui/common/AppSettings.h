#pragma once

#include <QString>

namespace sinergi {

// Per-machine preferences kept in QSettings (not in the store: they are needed before it is unlocked).
class AppSettings
{
public:
    // "id" (default) or "en".
    static QString language();
    static void setLanguage(const QString &language);

    // The folder holding the store; defaultStoreDir() unless changed in the settings.
    static QString storeDir();
    static void setStoreDir(const QString &dir);
    static QString defaultStoreDir();
};

} // namespace sinergi
