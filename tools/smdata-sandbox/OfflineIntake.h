#pragma once

#include "ApiReply.h"
#include "TokenService.h"

#include <QByteArray>
#include <QList>

namespace sinergi::sandbox {

class BatchService;
class ReceiptSigner;

// Takes in a batch that came as an offline file (docs/smdata-protocol.md section 13) instead of over the
// API: opens it with the server's key, checks the signature (and, when the operator named trusted signer
// keys, that it is one of them), then runs the same steps a client would — manifest, every part with its
// hash, commit — for the user admin of the manifest's regency, and validates the batch at once. The
// answer is the batch state (with its receipt), or the protocol's error body when the file is refused.
class OfflineIntake
{
public:
    OfflineIntake(BatchService &batches, const ReceiptSigner &signer, QList<SandboxUser> users,
                  QList<QByteArray> trustedSigners);

    ApiReply ingest(const QByteArray &file);

private:
    BatchService &m_batches;
    const ReceiptSigner &m_signer;
    QList<SandboxUser> m_users;
    QList<QByteArray> m_trustedSigners; // raw Ed25519 public keys; empty = any valid signature
};

} // namespace sinergi::sandbox
