#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sinergi::smdata {

// What the client itself knows about a batch, to compare with a receipt's payload (protocol section 9.2,
// step 3): a valid signature over somebody else's batch proves nothing about ours.
struct ReceiptExpectation
{
    QString batchId;
    QString regencyCode;
    QString period;
    QString manifestSha256; // of the manifest bytes we sent
    QString contentSha256;
    qint64 totalBytes = 0;
};

// Verifies a receipt object ({algorithm, key_id, payload, signature}) with the pinned public keys (raw 32
// bytes each) and returns the parsed payload. Throws SmdataError(ReceiptInvalid) saying which check failed.
QJsonObject verifyReceipt(const QJsonObject &receipt, const QList<QByteArray> &pinnedKeys,
                          const ReceiptExpectation &expected);

} // namespace sinergi::smdata
