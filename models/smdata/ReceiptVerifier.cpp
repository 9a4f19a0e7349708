#include "ReceiptVerifier.h"

#include "ReceiptCrypto.h"
#include "SmdataError.h"

#include <QJsonDocument>

namespace sinergi::smdata {

namespace {

[[noreturn]] void invalid(const QString &why)
{
    throw SmdataError(FailureKind::ReceiptInvalid, u"receipt: "_qs + why);
}

} // namespace

QJsonObject verifyReceipt(const QJsonObject &receiptObject, const QList<QByteArray> &pinnedKeys,
                          const ReceiptExpectation &expected)
{
    if (receiptObject.value(u"algorithm"_qs).toString() != u"ed25519"_qs)
        invalid(u"algorithm is not ed25519"_qs);
    const QString keyId = receiptObject.value(u"key_id"_qs).toString();
    QByteArray key;
    for (const QByteArray &pinned : pinnedKeys) {
        if (receipt::keyId(pinned) == keyId)
            key = pinned;
    }
    if (key.isEmpty())
        invalid(u"no pinned key with id "_qs + keyId);
    const auto payload = QByteArray::fromBase64Encoding(
        receiptObject.value(u"payload"_qs).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto signature = QByteArray::fromBase64Encoding(
        receiptObject.value(u"signature"_qs).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!payload || !signature || (*signature).size() != receipt::kSignatureBytes)
        invalid(u"payload or signature is not valid base64 of the right size"_qs);
    if (!receipt::verify(*payload, *signature, key))
        invalid(u"signature does not verify"_qs);

    const QJsonObject p = QJsonDocument::fromJson(*payload).object();
    const auto differs = [&](const QString &member, const QString &ours) {
        if (p.value(member).toString() != ours)
            invalid(member + u" differs: "_qs + p.value(member).toString() + u" != "_qs + ours);
    };
    differs(u"batch_id"_qs, expected.batchId);
    differs(u"regency_code"_qs, expected.regencyCode);
    differs(u"period"_qs, expected.period);
    differs(u"manifest_sha256"_qs, expected.manifestSha256);
    differs(u"content_sha256"_qs, expected.contentSha256);
    if (p.value(u"total_bytes"_qs).toInteger(-1) != expected.totalBytes)
        invalid(u"total_bytes differs"_qs);
    if (p.value(u"key_id"_qs).toString() != keyId)
        invalid(u"key_id inside the payload differs"_qs);
    return p;
}

} // namespace sinergi::smdata
