#pragma once

#include <QCoreApplication>
#include <QString>

namespace sinergi::cli {

// The recovery code is shown exactly once (init, key recovery-code); both places must say the same thing
// about writing it down, so the wording lives here.
class RecoveryCodeNotice
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::cli::RecoveryCodeNotice)
public:
    static void print(const QString &code);
};

} // namespace sinergi::cli
