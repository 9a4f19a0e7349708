#pragma once

namespace sinergi::cli {

// The exit codes are a public contract for scripts (documented in docs/cli.md and --help), so they live in
// one place and never change meaning.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,          // bad command line or missing input
    ExitAuthentication = 2, // wrong password / recovery code, account locked or disabled
    ExitStore = 3,          // store missing, not a store, corrupted, in use, read-only, disk full, key file
    ExitPermission = 4,     // role does not allow it, or a policy (password, last admin) refused it
    ExitProblemsFound = 5,  // a check ran and found problems
    ExitSmdata = 6,         // SMData could not be reached, refused the request or the account, or a batch failed
    ExitSmdataPending = 7,  // batch send: time is up and a batch is still undecided (it stays queued)
    ExitInternal = 10       // a bug
};

} // namespace sinergi::cli
