#include "AppSettings.h"

#include "store/Vault.h"

#include <QSettings>

namespace sinergi {

namespace {
const QString kLanguageKey = u"language"_qs;
const QString kStoreDirKey = u"storeDir"_qs;
} // namespace

QString AppSettings::language()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    return value == u"en"_qs ? value : u"id"_qs;
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString AppSettings::storeDir()
{
    const QString value = QSettings().value(kStoreDirKey).toString();
    return value.isEmpty() ? defaultStoreDir() : value;
}

void AppSettings::setStoreDir(const QString &dir)
{
    QSettings().setValue(kStoreDirKey, dir);
}

QString AppSettings::defaultStoreDir()
{
    return StoreLocation::defaultDir(); // the CLI uses the same rule ($SINERGI_STORE, else AppData)
}

} // namespace sinergi
