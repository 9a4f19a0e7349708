#pragma once

#include "session/Session.h"

#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sinergi::test {

inline const QString kAdmin = QStringLiteral("admin");
inline const QString kAdminName = QStringLiteral("Administrator Disnaker");
inline const QString kAdminPassword = QStringLiteral("Kantor-Disnaker-2024");

// A real store in a temporary folder with the first administrator. SINERGI_TEST_FAST_KDF=1 (set by
// sinergi_add_test) keeps Argon2id cheap.
struct GuiStore
{
    QTemporaryDir dir;
    StoreLocation where;
    QString recoveryCode;

    GuiStore() : where{dir.path() + QStringLiteral("/store")} {}

    // Creates the store and returns the admin's session (drop it before logging in again: store lock).
    std::unique_ptr<Session> create()
    {
        Session::Created created = Session::initialize(where, kAdmin, kAdminName, kAdminPassword);
        recoveryCode = created.recoveryCode;
        return std::move(created.session);
    }
};

// Keeps QSettings of the tests away from the real user's settings.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SinergiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("SinergiGuiTest"));
}

} // namespace sinergi::test
