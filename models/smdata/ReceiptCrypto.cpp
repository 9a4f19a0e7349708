#include "ReceiptCrypto.h"

#include "common/Error.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace sinergi::receipt {

namespace {
void ensureSodium()
{
    if (sodium_init() < 0)
        throw Error(ErrorCode::Internal, u"sodium_init failed"_qs);
}
} // namespace

QByteArray signedMessage(const QByteArray &payload)
{
    QByteArray message(kDomain, sizeof(kDomain)); // sizeof includes the terminating zero byte
    message.append(payload);
    return message;
}

QString keyId(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

KeyPair generateKeyPair()
{
    ensureSodium();
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

KeyPair keyPairFromSecret(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw Error(ErrorCode::InvalidArgument, u"Ed25519 secret key must be 64 bytes"_qs);
    ensureSodium();
    KeyPair pair;
    pair.secretKey =
        SecureBuffer::fromBytes(secretKey.constData(), static_cast<std::size_t>(secretKey.size()));
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                                 pair.secretKey.data());
    return pair;
}

QByteArray sign(const QByteArray &payload, const SecureBuffer &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw Error(ErrorCode::InvalidArgument, u"Ed25519 secret key must be 64 bytes"_qs);
    ensureSodium();
    const QByteArray message = signedMessage(payload);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secretKey.data());
    return signature;
}

bool verify(const QByteArray &payload, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    ensureSodium();
    const QByteArray message = signedMessage(payload);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace sinergi::receipt
