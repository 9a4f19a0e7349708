#include "SmdataError.h"

namespace sinergi::smdata {

namespace {

ErrorCode errorCodeFor(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Credentials:
        return ErrorCode::WrongPassword;
    case FailureKind::Forbidden:
        return ErrorCode::PermissionDenied;
    case FailureKind::Conflict:
        return ErrorCode::Conflict;
    case FailureKind::TooLarge:
    case FailureKind::Rejected:
        return ErrorCode::InvalidArgument;
    case FailureKind::ReceiptInvalid:
        return ErrorCode::Corrupted;
    case FailureKind::Transport:
    case FailureKind::Tls:
    case FailureKind::BadAnswer:
    case FailureKind::Server:
    case FailureKind::RateLimited:
        return ErrorCode::Io;
    }
    return ErrorCode::Internal;
}

} // namespace

SmdataError::SmdataError(FailureKind kind, QString detail, int httpStatus, QString protocolCode,
                         bool retryable, int retryAfterSeconds)
    : Error(errorCodeFor(kind), std::move(detail)), m_kind(kind), m_httpStatus(httpStatus),
      m_protocolCode(std::move(protocolCode)), m_retryable(retryable), m_retryAfterSeconds(retryAfterSeconds)
{
}

QString SmdataError::userMessage() const
{
    switch (m_kind) {
    case FailureKind::Transport:
        return tr("The SMData server could not be reached or the connection was cut. The batch stays in the "
                  "outbox and is sent again automatically; check the internet connection.");
    case FailureKind::Tls:
        return tr("The SMData server's certificate is not trusted, so nothing was sent. Check the SMData "
                  "address and the CA bundle in the SMData settings.");
    case FailureKind::BadAnswer:
        return tr("The SMData server sent an answer Sinergi cannot read (damaged or too large). Nothing was "
                  "lost: the batch stays in the outbox and is tried again later.");
    case FailureKind::Server:
        return tr("The SMData server has a problem (HTTP %1). The batch stays in the outbox and is tried "
                  "again later.")
            .arg(m_httpStatus);
    case FailureKind::RateLimited:
        return tr("The SMData server asks Sinergi to wait %n second(s) before the next request. The batch "
                  "stays in the outbox.",
                  nullptr, qMax(0, m_retryAfterSeconds));
    case FailureKind::Credentials:
        if (m_protocolCode == u"invalid_credentials"_qs)
            return tr("SMData refused the user name or password of the user admin. Check them in the SMData "
                      "settings.");
        if (m_protocolCode == u"not_configured"_qs)
            return tr("SMData is not set up yet: enter the server address and the user admin's name and "
                      "password in Settings, section SMData. The batch stays in the outbox.");
        return tr("The SMData session has ended and could not be renewed. Log in to SMData again; the batch "
                  "stays in the outbox.");
    case FailureKind::Forbidden:
        return tr("SMData does not allow this account to submit for this regency. Contact the ministry's "
                  "SMData administrator.");
    case FailureKind::Conflict:
        if (m_protocolCode == u"batch_conflict"_qs)
            return tr("SMData already holds a different batch under this batch ID. The batch was not sent; "
                      "build the batch again.");
        return tr("SMData reports that the batch does not match what it received earlier (%1). The batch "
                  "was not completed; build the batch again.")
            .arg(m_protocolCode);
    case FailureKind::TooLarge:
        return tr("The batch or one of its parts is larger than SMData accepts. Build the batch again with "
                  "smaller parts.");
    case FailureKind::Rejected:
        if (m_httpStatus == 415)
            return tr("SMData does not accept the compression Sinergi used. Update Sinergi or contact "
                      "support.");
        return tr("SMData refused the request (%1). The batch was not completed; contact support with this "
                  "code.")
            .arg(m_protocolCode.isEmpty() ? QString::number(m_httpStatus) : m_protocolCode);
    case FailureKind::ReceiptInvalid:
        return tr(
            "The SMData receipt for this batch could not be verified with the pinned server key. Do not "
            "rely on it; check the server key in the SMData settings.");
    }
    return detail();
}

} // namespace sinergi::smdata
