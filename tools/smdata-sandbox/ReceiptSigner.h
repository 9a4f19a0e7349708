#pragma once

#include "SandboxStore.h"

#include "smdata/ReceiptCrypto.h"

namespace sinergi::sandbox {

// The sandbox's Ed25519 receipt key: generated on first start and kept in the sandbox file, so receipts
// stay verifiable with the same pinned public key across restarts.
class ReceiptSigner
{
public:
    explicit ReceiptSigner(SandboxStore &store);

    const QByteArray &publicKey() const { return m_keys.publicKey; }
    QString keyId() const { return receipt::keyId(m_keys.publicKey); }
    QByteArray sign(const QByteArray &payload) const { return receipt::sign(payload, m_keys.secretKey); }

private:
    receipt::KeyPair m_keys;
};

} // namespace sinergi::sandbox
