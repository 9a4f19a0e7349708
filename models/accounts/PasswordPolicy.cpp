#include "PasswordPolicy.h"

#include "common/Error.h"

namespace sinergi {

QString PasswordPolicy::check(const QString &username, const QString &password)
{
    // Count code points, not UTF-16 units, so a password of ten characters is ten whatever the script.
    const auto length = password.toUcs4().size();
    if (length < kMinLength)
        return tr("The password must have at least %1 characters.").arg(kMinLength);

    // The user name is the first thing anyone guesses; compare trimmed because the log-in form trims it.
    const QString name = username.trimmed();
    if (!name.isEmpty()) {
        if (password.compare(name, Qt::CaseInsensitive) == 0)
            return tr("The password must not be the user name.");
        if (password.contains(name, Qt::CaseInsensitive))
            return tr("The password must not contain the user name.");
    }
    return {};
}

void PasswordPolicy::enforce(const QString &username, const QString &password)
{
    const QString problem = check(username, password);
    if (!problem.isEmpty())
        throw Error(ErrorCode::PolicyViolation, problem);
}

} // namespace sinergi
