#include "OfflinePackage.h"
#include "common/Sha256.h"

#include "Gzip.h"

#include "common/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace sinergi::smdata {

namespace {

constexpr qsizetype kMagicBytes = sizeof(OfflinePackage::kMagic) - 1;
constexpr qsizetype kKeyIdBytes = 16; // hex of 8 bytes, then '\n'

void ensureSodium()
{
    if (sodium_init() < 0)
        throw Error(ErrorCode::Internal, u"libsodium cannot be initialised"_qs);
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

QByteArray signedMessage(const QByteArray &keyId, const QByteArray &compressedBody)
{
    QByteArray m(OfflinePackage::kSignatureDomain);
    m += '\0';
    m += keyId;
    m += compressedBody;
    return m;
}

QByteArray curvePublicKey(const QByteArray &edPublicKey)
{
    QByteArray curve(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    if (edPublicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(curve.data()),
                                             bytes(edPublicKey)) != 0)
        throw Error(ErrorCode::InvalidArgument,
                    OfflinePackage::tr("The recipient key is not an Ed25519 public key."));
    return curve;
}

} // namespace

QByteArray OfflinePackage::seal(const QByteArray &manifestBytes, const QByteArray &content,
                                const receipt::KeyPair &signer, const QByteArray &recipientPublicKey)
{
    ensureSodium();
    const QByteArray recipientCurve = curvePublicKey(recipientPublicKey);
    const QByteArray keyId = receipt::keyId(recipientPublicKey).toLatin1();

    QByteArray body(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(manifestBytes.size()), body.data());
    body += manifestBytes;
    body += content;
    const QByteArray compressed = gzip::compress(body);
    const QByteArray message = signedMessage(keyId, compressed);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), signer.secretKey.data());

    QByteArray inner = signer.publicKey + signature + compressed;
    QByteArray sealed(inner.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), bytes(inner),
                    static_cast<unsigned long long>(inner.size()), bytes(recipientCurve));
    sodium_memzero(inner.data(), size_t(inner.size()));
    return QByteArray(kMagic) + keyId + '\n' + sealed;
}

OfflinePackage::Contents OfflinePackage::open(const QByteArray &file, const receipt::KeyPair &recipient)
{
    ensureSodium();
    if (!file.startsWith(kMagic) || file.size() < kMagicBytes + kKeyIdBytes + 1 + crypto_box_SEALBYTES ||
        file.at(kMagicBytes + kKeyIdBytes) != '\n')
        throw Error(ErrorCode::InvalidArgument, tr("This is not a Sinergi offline batch file."));
    Contents out;
    out.recipientKeyId = QString::fromLatin1(file.mid(kMagicBytes, kKeyIdBytes));
    if (out.recipientKeyId != receipt::keyId(recipient.publicKey))
        throw Error(ErrorCode::InvalidArgument,
                    tr("The file is encrypted for another key (%1), not for this server's key (%2).")
                        .arg(out.recipientKeyId, receipt::keyId(recipient.publicKey)));

    const QByteArray curvePublic = curvePublicKey(recipient.publicKey);
    SecureBuffer curveSecret(crypto_box_SECRETKEYBYTES);
    crypto_sign_ed25519_sk_to_curve25519(curveSecret.data(), recipient.secretKey.data());
    const QByteArray sealed = file.mid(kMagicBytes + kKeyIdBytes + 1);
    QByteArray inner(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(inner.data()), bytes(sealed),
                             static_cast<unsigned long long>(sealed.size()), bytes(curvePublic),
                             curveSecret.data()) != 0)
        throw Error(ErrorCode::Corrupted,
                    tr("The file cannot be decrypted: it was changed or damaged on the way."));
    if (inner.size() < crypto_sign_PUBLICKEYBYTES + crypto_sign_BYTES)
        throw Error(ErrorCode::Corrupted, tr("The file is truncated."));
    out.signerPublicKey = inner.first(crypto_sign_PUBLICKEYBYTES);
    out.signerKeyId = receipt::keyId(out.signerPublicKey);
    const QByteArray signature = inner.mid(crypto_sign_PUBLICKEYBYTES, crypto_sign_BYTES);
    const QByteArray compressed = inner.mid(crypto_sign_PUBLICKEYBYTES + crypto_sign_BYTES);
    const QByteArray message = signedMessage(out.recipientKeyId.toLatin1(), compressed);
    if (crypto_sign_verify_detached(bytes(signature), bytes(message),
                                    static_cast<unsigned long long>(message.size()),
                                    bytes(out.signerPublicKey)) != 0)
        throw Error(ErrorCode::Corrupted, tr("The file's signature does not verify."));

    gzip::Inflated body = gzip::decompress(compressed, kMaxContentBytes);
    if (body.status != gzip::InflateStatus::Ok || body.data.size() < 4)
        throw Error(ErrorCode::Corrupted, tr("The file's content cannot be unpacked."));
    const quint32 manifestSize = qFromBigEndian<quint32>(body.data.constData());
    if (qint64(manifestSize) > body.data.size() - 4)
        throw Error(ErrorCode::Corrupted, tr("The file's content cannot be unpacked."));
    out.manifestBytes = body.data.mid(4, manifestSize);
    out.content = body.data.mid(4 + qsizetype(manifestSize));
    const QJsonObject manifest = QJsonDocument::fromJson(out.manifestBytes).object();
    const QString contentHash = Sha256::hashHex(out.content);
    if (manifest.value(u"total_bytes"_qs).toInteger(-1) != out.content.size() ||
        manifest.value(u"content_sha256"_qs).toString() != contentHash)
        throw Error(ErrorCode::Corrupted, tr("The file's content does not match its manifest."));
    return out;
}

} // namespace sinergi::smdata
