#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace sinergi {

// Every failure the user can meet has its own code, so the UI and the CLI can say what happened and what
// to do, and tests can assert the exact kind of failure rather than "something went wrong".
enum class ErrorCode {
    WrongPassword,      // no key slot for this user accepted the password
    WrongRecoveryCode,  // the recovery slot did not accept the code
    WrongKey,           // the store rejected the data key (file is not a database under this key)
    NotAStore,          // the file exists but is not a Sinergi store
    Corrupted,          // the store failed its integrity / HMAC checks
    SlotFileCorrupt,    // the key-slot file is unreadable or its checksum does not match
    SlotFileTampered,   // the key-slot file does not carry a valid MAC under the data key
    Locked,             // another process holds the store
    DiskFull,           // no space left while writing
    ReadOnly,           // the location cannot be written
    NotFound,           // the store or slot file does not exist
    AlreadyExists,      // refusing to overwrite an existing store
    Unsupported,        // wrong SQLCipher version, store schema newer than this program
    AccountLocked,      // too many failed log-ins
    AccountDisabled,    // the account exists but is disabled
    PermissionDenied,   // the role does not allow this action
    PolicyViolation,    // password policy, last-admin rule, ...
    InvalidArgument,    // bad user input (unknown user, malformed value)
    Conflict,           // a unique key already taken, or the record changed since it was read
    Io,                 // other I/O failure
    Internal            // a bug: an SQL error we did not expect
};

class Error : public std::exception
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::Error)
public:
    Error(ErrorCode code, QString detail = {});

    ErrorCode code() const { return m_code; }
    // Technical detail for logs and --verbose (may be English, e.g. an SQLite message).
    const QString &detail() const { return m_detail; }
    // What happened and what to do, translated; what the UI shows.
    QString userMessage() const;
    const char *what() const noexcept override { return m_what.constData(); }

    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code;
    QString m_detail;
    QByteArray m_what;
};

} // namespace sinergi
