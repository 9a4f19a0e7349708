#include "ReceiptSigner.h"

namespace sinergi::sandbox {

namespace {
const QString kSecretKeyMeta = u"receipt_secret_key"_qs;
}

ReceiptSigner::ReceiptSigner(SandboxStore &store)
{
    const QByteArray stored = store.meta(kSecretKeyMeta);
    if (!stored.isEmpty()) {
        m_keys = receipt::keyPairFromSecret(stored);
        return;
    }
    m_keys = receipt::generateKeyPair();
    store.setMeta(kSecretKeyMeta, QByteArray(reinterpret_cast<const char *>(m_keys.secretKey.data()),
                                             static_cast<qsizetype>(m_keys.secretKey.size())));
}

} // namespace sinergi::sandbox
