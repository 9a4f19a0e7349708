#include "RecoveryCodeNotice.h"

#include "Console.h"

namespace sinergi::cli {

void RecoveryCodeNotice::print(const QString &code)
{
    Console::outLine(QString());
    // A fixed "Recovery code: " prefix so a setup script can pick the code out with sed/grep.
    Console::outLine(tr("Recovery code: %1").arg(code));
    Console::outLine(QString());
    Console::outLine(tr("WARNING: write this recovery code down on paper now and keep it somewhere safe\n"
                        "(e.g. the office safe). It is shown only this once and Sinergi keeps no copy.\n"
                        "It opens the store when every administrator password is lost; without it such\n"
                        "a loss cannot be undone. Anyone holding it can open the store."));
}

} // namespace sinergi::cli
