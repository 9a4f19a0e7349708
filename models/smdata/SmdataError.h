#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace sinergi::smdata {

// What went wrong talking to SMData, in the terms the outbox decides on: retry later (Transport, Server,
// RateLimited, BadAnswer), log in again (Credentials), or stop and tell the user (everything else).
enum class FailureKind {
    Transport,     // refused, reset, timeout, DNS: nothing or an unknown part of the request arrived
    Tls,           // certificate not trusted: nothing was sent
    BadAnswer,     // the answer is not the protocol's JSON (garbage, truncated, too large, wrong protocol)
    Server,        // 5xx
    RateLimited,   // 429; retryAfterSeconds() says how long to wait
    Credentials,   // 401 that a refresh could not cure: log in again
    Forbidden,     // 403
    Conflict,      // 409: batch/part conflict, parts missing
    TooLarge,      // 413
    Rejected,      // other 4xx: the request itself is wrong (a client bug or a template the server refuses)
    ReceiptInvalid // the receipt does not verify against the pinned keys or does not describe our batch
};

// A sinergi::Error that also carries what the outbox needs (kind, HTTP status, the protocol's error code,
// retryable, Retry-After) and a translated message chosen by kind/code (the server's English message only
// goes to detail(), for logs).
class SmdataError : public Error
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::SmdataError)
public:
    SmdataError(FailureKind kind, QString detail, int httpStatus = 0, QString protocolCode = {},
                bool retryable = false, int retryAfterSeconds = -1);

    FailureKind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &protocolCode() const { return m_protocolCode; }
    // True when the same request may succeed later unchanged: the batch stays queued.
    bool retryable() const { return m_retryable; }
    // The server's Retry-After in seconds, -1 when absent.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // What happened and what to do, translated (hides Error::userMessage, which only knows ErrorCode).
    QString userMessage() const;

private:
    FailureKind m_kind;
    int m_httpStatus;
    QString m_protocolCode;
    bool m_retryable;
    int m_retryAfterSeconds;
};

} // namespace sinergi::smdata
