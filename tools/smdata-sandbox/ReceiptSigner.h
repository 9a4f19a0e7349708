#pragma once

#include "SandboxStore.h"

#include "smdata/OfflinePackage.h"
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
    // Opens an offline batch file encrypted to this key (protocol section 13); throws Error when it is not
    // one, is for another key, or was changed.
    smdata::OfflinePackage::Contents openOffline(const QByteArray &file) const
    {
        return smdata::OfflinePackage::open(file, m_keys);
    }

private:
    receipt::KeyPair m_keys;
};

} // namespace sinergi::sandbox
