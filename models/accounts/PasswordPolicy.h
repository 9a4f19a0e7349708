#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinergi {

// At least 10 characters and not the user name (case-insensitive, also not containing it).
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::PasswordPolicy)
public:
    static constexpr int kMinLength = 10;
    // Empty when acceptable, otherwise a translated explanation of what to change.
    static QString check(const QString &username, const QString &password);
    // Throws Error(PolicyViolation, message) when not acceptable.
    static void enforce(const QString &username, const QString &password);
};

} // namespace sinergi
