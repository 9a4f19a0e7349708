#pragma once

#include "ReceiptCrypto.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A batch as a file for manual transfer when the office has no usable connection (issue 6, offline paths;
// docs/smdata-protocol.md section 13): the manifest and the content, signed with the installation's Ed25519
// key (SmdataKeys::signingKey) and encrypted to the ministry's public key — the Ed25519 key the office
// already pinned for receipts, converted to X25519 for libsodium's sealed boxes — so only the ministry can
// read it and it can tell who made it and that nothing changed on the way.
namespace sinergi::smdata {

class OfflinePackage
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::OfflinePackage)
public:
    static constexpr char kMagic[] = "SINERGI-SMDATA-OFFLINE-1\n"; // 25 bytes, readable with `head -c 25`
    static constexpr char kSignatureDomain[] = "sinergi-smdata-offline-v1";
    // The opened file must not inflate beyond this (a forged file cannot exhaust memory).
    static constexpr qint64 kMaxContentBytes = 512LL * 1024 * 1024;

    struct Contents
    {
        QByteArray manifestBytes;
        QByteArray content; // the parts joined
        QByteArray signerPublicKey;
        QString signerKeyId;
        QString recipientKeyId;
    };

    // recipientPublicKey: the 32-byte Ed25519 public key of the ministry (or the sandbox). Throws
    // InvalidArgument for a key that is not one.
    static QByteArray seal(const QByteArray &manifestBytes, const QByteArray &content,
                           const receipt::KeyPair &signer, const QByteArray &recipientPublicKey);

    // Opens and checks a file with the recipient's key pair: the format, that it is for this key, the
    // decryption (any changed byte fails here), the signature, and that the content matches the
    // manifest's total_bytes and content_sha256. Throws Error (InvalidArgument: not such a file or for
    // another key; Corrupted: changed or forged) with a translated message.
    static Contents open(const QByteArray &file, const receipt::KeyPair &recipient);
};

} // namespace sinergi::smdata
