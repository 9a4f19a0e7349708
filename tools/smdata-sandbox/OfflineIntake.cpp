#include "OfflineIntake.h"
#include "common/Sha256.h"

#include "BatchService.h"
#include "ReceiptSigner.h"

#include "common/Error.h"
#include "smdata/OfflinePackage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sinergi::sandbox {

OfflineIntake::OfflineIntake(BatchService &batches, const ReceiptSigner &signer, QList<SandboxUser> users,
                             QList<QByteArray> trustedSigners)
    : m_batches(batches), m_signer(signer), m_users(std::move(users)),
      m_trustedSigners(std::move(trustedSigners))
{
}

ApiReply OfflineIntake::ingest(const QByteArray &file)
{
    smdata::OfflinePackage::Contents contents;
    try {
        contents = m_signer.openOffline(file);
    } catch (const Error &e) {
        return ApiReply::error(422, u"offline_file_invalid"_qs, e.detail(), {}, false);
    }
    if (!m_trustedSigners.isEmpty() && !m_trustedSigners.contains(contents.signerPublicKey)) {
        return ApiReply::error(403, u"forbidden"_qs, u"The file is signed by an unknown key"_qs,
                               QJsonObject{{u"signer_key_id"_qs, contents.signerKeyId}}, false);
    }
    const QJsonObject manifest = QJsonDocument::fromJson(contents.manifestBytes).object();
    const QString batchId = manifest.value(u"batch_id"_qs).toString();
    const QString regency = manifest.value(u"regency_code"_qs).toString();
    TokenOwner owner;
    for (const SandboxUser &user : std::as_const(m_users)) {
        if (user.regencyCode == regency) {
            owner = {user.username, user.regencyCode};
            break;
        }
    }
    if (owner.username.isEmpty())
        return ApiReply::error(403, u"forbidden"_qs, u"No user admin of regency %1"_qs.arg(regency), {},
                               false);

    ApiReply reply = m_batches.putManifest(owner, batchId, manifest, contents.manifestBytes);
    if (reply.status >= 400)
        return reply;
    qint64 offset = 0;
    for (const QJsonValue &v : manifest.value(u"parts"_qs).toArray()) {
        const QJsonObject part = v.toObject();
        const qint64 size = part.value(u"bytes"_qs).toInteger();
        const QByteArray data = contents.content.mid(offset, size);
        offset += size;
        reply = m_batches.putPart(owner, batchId, part.value(u"index"_qs).toInt(), data,
                                  Sha256::hash(data).toHex());
        if (reply.status >= 400)
            return reply;
    }
    reply = m_batches.commit(
        owner, batchId,
        QJsonObject{{u"protocol"_qs, 1}, {u"content_sha256"_qs, manifest.value(u"content_sha256"_qs)}});
    if (reply.status >= 400)
        return reply;
    m_batches.validatePending();
    return m_batches.state(owner, batchId);
}

} // namespace sinergi::sandbox
