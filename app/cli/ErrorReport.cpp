#include "ErrorReport.h"

#include "CliFailure.h"
#include "Console.h"

#include <QCoreApplication>

namespace sinergi::cli::ErrorReport {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::WrongRecoveryCode:
    case ErrorCode::AccountLocked:
    case ErrorCode::AccountDisabled:
        return ExitAuthentication;
    // WrongKey means a slot produced a key the store rejects: the password was right, the files are not.
    case ErrorCode::WrongKey:
    case ErrorCode::NotAStore:
    case ErrorCode::Corrupted:
    case ErrorCode::SlotFileCorrupt:
    case ErrorCode::SlotFileTampered:
    case ErrorCode::Locked:
    case ErrorCode::DiskFull:
    case ErrorCode::ReadOnly:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Unsupported:
    case ErrorCode::Io:
        return ExitStore;
    case ErrorCode::PermissionDenied:
    case ErrorCode::PolicyViolation:
    case ErrorCode::Conflict:
        return ExitPermission;
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::Internal:
        return ExitInternal;
    }
    return ExitInternal;
}

ExitCode report(const Error &error, bool verbose)
{
    const QString prefix = QCoreApplication::translate("sinergi-cli", "error:");
    QString message = error.userMessage();
    if (message.isEmpty()) // PolicyViolation / InvalidArgument carry their text in detail()
        message = error.detail();
    Console::errLine(prefix + u' ' + message);
    if (verbose && !error.detail().isEmpty() && error.detail() != message) {
        Console::errLine(QCoreApplication::translate("sinergi-cli", "detail: %1 (%2)")
                             .arg(error.detail(), Error::codeName(error.code())));
    }
    return exitCodeFor(error.code());
}

ExitCode report(const CliFailure &failure)
{
    Console::errLine(QCoreApplication::translate("sinergi-cli", "error:") + u' ' + failure.message());
    return failure.code();
}

ExitCode reportInternal(const QString &what)
{
    Console::errLine(QCoreApplication::translate("sinergi-cli",
                                                 "error: an unexpected error occurred (%1). Nothing more "
                                                 "was done; please report this.")
                         .arg(what));
    return ExitInternal;
}

} // namespace sinergi::cli::ErrorReport
