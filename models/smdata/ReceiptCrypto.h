#pragma once

#include "common/SecureBuffer.h"

#include <QByteArray>
#include <QString>

// The signed receipts of docs/smdata-protocol.md section 9: Ed25519 (libsodium) over a domain-separated
// message, so a signature made for something else can never pass as a receipt.
namespace sinergi::receipt {

inline constexpr char kDomain[] = "sinergi-smdata-receipt-v1";
inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSignatureBytes = 64;

// "sinergi-smdata-receipt-v1" || 0x00 || payload: the exact bytes that are signed.
QByteArray signedMessage(const QByteArray &payload);
// First 8 bytes of SHA-256(public key), hex: names the key in a receipt without carrying it.
QString keyId(const QByteArray &publicKey);

struct KeyPair
{
    QByteArray publicKey;   // 32 bytes
    SecureBuffer secretKey; // 64 bytes (libsodium's seed + public key form)
};
KeyPair generateKeyPair();
// Throws Error(InvalidArgument) for a secret key of the wrong size.
KeyPair keyPairFromSecret(const QByteArray &secretKey);

QByteArray sign(const QByteArray &payload, const SecureBuffer &secretKey);
// False for a wrong-sized key or signature and for any signature that does not verify.
bool verify(const QByteArray &payload, const QByteArray &signature, const QByteArray &publicKey);

} // namespace sinergi::receipt
