#pragma once

#include "ExitCode.h"

#include "common/Error.h"

#include <QString>

namespace sinergi::cli {

class CliFailure;

// One place that turns a failure into the exit code and the message on stderr.
namespace ErrorReport {
ExitCode exitCodeFor(ErrorCode code);
ExitCode report(const Error &error, bool verbose);
ExitCode report(const CliFailure &failure);
ExitCode reportInternal(const QString &what);
} // namespace ErrorReport

} // namespace sinergi::cli
