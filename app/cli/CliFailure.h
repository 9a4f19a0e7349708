#pragma once

#include "ExitCode.h"

#include <QString>

#include <exception>

namespace sinergi::cli {

// A failure the CLI itself detects (usage errors, mismatched passwords, missing input). Core failures
// arrive as sinergi::Error instead; both end in ErrorReport so the user sees one consistent format.
class CliFailure : public std::exception
{
public:
    CliFailure(ExitCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    ExitCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "sinergi-cli failure"; }

private:
    ExitCode m_code;
    QString m_message;
};

} // namespace sinergi::cli
