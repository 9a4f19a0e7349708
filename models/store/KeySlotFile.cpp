#include "KeySlotFile.h"

#include "common/AtomicFile.h"
#include "common/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace sinergi {

namespace {

constexpr int kFormatVersion = 1;
const QString kFormat = u"sinergi-keyslots"_qs;

QString kindId(KeySlotFile::SlotKind k)
{
    return k == KeySlotFile::SlotKind::User ? u"user"_qs : u"recovery"_qs;
}

QByteArray b64(const QByteArray &b)
{
    return b.toBase64();
}

QByteArray unb64(const QJsonValue &v)
{
    auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        throw Error(ErrorCode::SlotFileCorrupt, u"bad base64"_qs);
    return *r;
}

QByteArray hexOf(const unsigned char *p, std::size_t n)
{
    return QByteArray(reinterpret_cast<const char *>(p), static_cast<qsizetype>(n)).toHex();
}

QByteArray associatedData(const KeySlotFile::Slot &s)
{
    // Everything that describes the slot is bound to its ciphertext: change one field and it won't open.
    return "sinergi-slot-v1|" + kindId(s.kind).toUtf8() + '|' + s.name.toLower().toUtf8() + '|' +
           QByteArray::number(static_cast<qulonglong>(s.kdf.opsLimit)) + '|' +
           QByteArray::number(static_cast<qulonglong>(s.kdf.memLimitBytes)) + '|' + s.salt.toBase64() + '|' +
           s.publicKey.toBase64();
}

QByteArray seal(const SecureBuffer &dataKey, const QByteArray &publicKey)
{
    QByteArray out(static_cast<qsizetype>(crypto_box_SEALBYTES + dataKey.size()), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), dataKey.data(), dataKey.size(),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return out;
}

QByteArray checksumOf(const QByteArray &bytes)
{
    unsigned char h[32];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return hexOf(h, sizeof h);
}

} // namespace

QString KeySlotFile::keyId(const SecureBuffer &dataKey)
{
    static const QByteArray label = "sinergi-key-id";
    unsigned char id[16];
    crypto_generichash(id, sizeof id, reinterpret_cast<const unsigned char *>(label.constData()),
                       static_cast<unsigned long long>(label.size()), dataKey.data(), dataKey.size());
    return QString::fromLatin1(hexOf(id, sizeof id));
}

KeySlotFile KeySlotFile::create(const QString &storeId)
{
    KeySlotFile f;
    f.m_storeId = storeId;
    return f;
}

QJsonObject KeySlotFile::body() const
{
    QJsonArray slotArray;
    for (const Slot &s : m_slots) {
        QJsonObject sealed;
        for (auto it = s.sealed.cbegin(); it != s.sealed.cend(); ++it)
            sealed.insert(it.key(), QString::fromLatin1(b64(it.value())));
        slotArray.append(QJsonObject{{u"kind"_qs, kindId(s.kind)},
                                 {u"name"_qs, s.name},
                                 {u"kdf"_qs, s.kdf.toJson()},
                                 {u"salt"_qs, QString::fromLatin1(b64(s.salt))},
                                 {u"public_key"_qs, QString::fromLatin1(b64(s.publicKey))},
                                 {u"wrapped_secret"_qs, QString::fromLatin1(b64(s.wrappedSecret))},
                                 {u"sealed"_qs, sealed}});
    }
    return {{u"format"_qs, kFormat},          {u"version"_qs, kFormatVersion},
            {u"store_id"_qs, m_storeId},      {u"current_key"_qs, m_currentKeyId},
            {u"next_key"_qs, m_nextKeyId},    {u"slots"_qs, slotArray}};
}

QByteArray KeySlotFile::mac(const SecureBuffer &dataKey) const
{
    unsigned char subkey[32];
    crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "SinKslot", dataKey.data());
    const QByteArray bytes = QJsonDocument(body()).toJson(QJsonDocument::Compact);
    unsigned char m[32];
    crypto_generichash(m, sizeof m, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()), subkey, sizeof subkey);
    sodium_memzero(subkey, sizeof subkey);
    return hexOf(m, sizeof m);
}

bool KeySlotFile::verifyMac(const SecureBuffer &dataKey) const
{
    const QByteArray stored = m_macs.value(keyId(dataKey));
    const QByteArray computed = mac(dataKey);
    return stored.size() == computed.size() &&
           sodium_memcmp(stored.constData(), computed.constData(), static_cast<size_t>(stored.size())) == 0;
}

void KeySlotFile::save(const QString &path, const QList<const SecureBuffer *> &dataKeys) const
{
    const QJsonObject b = body();
    QJsonObject macs;
    for (const SecureBuffer *k : dataKeys)
        macs.insert(keyId(*k), QString::fromLatin1(mac(*k)));
    const QJsonObject file{{u"body"_qs, b},
                           {u"checksum"_qs, QString::fromLatin1(checksumOf(QJsonDocument(b).toJson(QJsonDocument::Compact)))},
                           {u"macs"_qs, macs}};
    writeFileAtomically(path, QJsonDocument(file).toJson(QJsonDocument::Indented));
}

KeySlotFile KeySlotFile::load(const QString &path)
{
    QFile in(path);
    if (!in.exists())
        throw Error(ErrorCode::NotFound, path);
    if (!in.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Io, path + u": "_qs + in.errorString());
    if (in.size() > 4 * 1024 * 1024)
        throw Error(ErrorCode::SlotFileCorrupt, u"key file too large"_qs);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(ErrorCode::SlotFileCorrupt, u"not JSON: "_qs + parseError.errorString());
    const QJsonObject file = doc.object();
    const QJsonObject b = file.value(u"body"_qs).toObject();
    if (b.value(u"format"_qs).toString() != kFormat || b.value(u"version"_qs).toInt() != kFormatVersion)
        throw Error(ErrorCode::SlotFileCorrupt, u"unknown key file format"_qs);
    if (checksumOf(QJsonDocument(b).toJson(QJsonDocument::Compact)) != file.value(u"checksum"_qs).toString().toLatin1())
        throw Error(ErrorCode::SlotFileCorrupt, u"checksum mismatch"_qs);

    KeySlotFile f;
    f.m_storeId = b.value(u"store_id"_qs).toString();
    f.m_currentKeyId = b.value(u"current_key"_qs).toString();
    f.m_nextKeyId = b.value(u"next_key"_qs).toString();
    const QJsonArray slotArray = b.value(u"slots"_qs).toArray();
    for (const QJsonValue &v : slotArray) {
        const QJsonObject o = v.toObject();
        Slot s;
        const QString kind = o.value(u"kind"_qs).toString();
        if (kind != u"user"_qs && kind != u"recovery"_qs)
            throw Error(ErrorCode::SlotFileCorrupt, u"unknown slot kind"_qs);
        s.kind = kind == u"user"_qs ? SlotKind::User : SlotKind::Recovery;
        s.name = o.value(u"name"_qs).toString();
        s.kdf = KdfParams::fromJson(o.value(u"kdf"_qs).toObject());
        s.salt = unb64(o.value(u"salt"_qs));
        s.publicKey = unb64(o.value(u"public_key"_qs));
        s.wrappedSecret = unb64(o.value(u"wrapped_secret"_qs));
        if (s.publicKey.size() != crypto_box_PUBLICKEYBYTES || s.salt.size() != crypto_pwhash_SALTBYTES)
            throw Error(ErrorCode::SlotFileCorrupt, u"bad slot field length"_qs);
        const QJsonObject sealed = o.value(u"sealed"_qs).toObject();
        for (auto it = sealed.begin(); it != sealed.end(); ++it)
            s.sealed.insert(it.key(), unb64(it.value()));
        f.m_slots.append(s);
    }
    const QJsonObject macs = file.value(u"macs"_qs).toObject();
    for (auto it = macs.begin(); it != macs.end(); ++it)
        f.m_macs.insert(it.key(), it.value().toString().toLatin1());
    return f;
}

QStringList KeySlotFile::userNames() const
{
    QStringList names;
    for (const Slot &s : m_slots)
        if (s.kind == SlotKind::User)
            names << s.name;
    return names;
}

const KeySlotFile::Slot *KeySlotFile::find(SlotKind kind, const QString &name) const
{
    for (const Slot &s : m_slots)
        if (s.kind == kind && s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

void KeySlotFile::putSlot(SlotKind kind, const QString &name, const SecureBuffer &secret, const KdfParams &params,
                          const QList<const SecureBuffer *> &dataKeys)
{
    Slot s;
    s.kind = kind;
    s.name = name;
    s.kdf = params;
    s.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(s.salt.data(), static_cast<size_t>(s.salt.size()));

    SecureBuffer secretKey(crypto_box_SECRETKEYBYTES);
    s.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char *>(s.publicKey.data()), secretKey.data());

    const SecureBuffer kek = deriveKey(secret, s.salt, params);
    const QByteArray ad = associatedData(s);
    s.wrappedSecret = QByteArray(static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES +
                                                        secretKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                                 '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(s.wrappedSecret.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, nullptr,
                                               secretKey.data(), secretKey.size(),
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce, kek.data());
    for (const SecureBuffer *k : dataKeys)
        s.sealed.insert(keyId(*k), seal(*k, s.publicKey));

    removeSlot(kind, name);
    m_slots.append(s);
}

bool KeySlotFile::removeSlot(SlotKind kind, const QString &name)
{
    const auto before = m_slots.size();
    m_slots.removeIf([&](const Slot &s) { return s.kind == kind && s.name.compare(name, Qt::CaseInsensitive) == 0; });
    return m_slots.size() != before;
}

std::vector<SecureBuffer> KeySlotFile::open(const Slot &slot, const SecureBuffer &secret) const
{
    std::vector<SecureBuffer> keys;
    constexpr auto npub = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (slot.wrappedSecret.size() != static_cast<qsizetype>(npub + crypto_box_SECRETKEYBYTES +
                                                             crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return keys;
    const SecureBuffer kek = deriveKey(secret, slot.salt, slot.kdf);
    const QByteArray ad = associatedData(slot);
    SecureBuffer secretKey(crypto_box_SECRETKEYBYTES);
    const auto *nonce = reinterpret_cast<const unsigned char *>(slot.wrappedSecret.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secretKey.data(), nullptr, nullptr, nonce + npub,
            static_cast<unsigned long long>(slot.wrappedSecret.size()) - npub,
            reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nonce,
            kek.data()) != 0)
        return keys;

    for (const QString &id : {m_currentKeyId, m_nextKeyId}) {
        const QByteArray sealed = slot.sealed.value(id);
        if (id.isEmpty() || sealed.size() != static_cast<qsizetype>(crypto_box_SEALBYTES + 32))
            continue;
        SecureBuffer key(32);
        if (crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
                                 static_cast<unsigned long long>(sealed.size()),
                                 reinterpret_cast<const unsigned char *>(slot.publicKey.constData()),
                                 secretKey.data()) == 0 &&
            keyId(key) == id)
            keys.push_back(std::move(key));
    }
    return keys;
}

void KeySlotFile::setCurrentKey(const SecureBuffer &key)
{
    m_currentKeyId = keyId(key);
}

void KeySlotFile::addNextKey(const SecureBuffer &next)
{
    m_nextKeyId = keyId(next);
    for (Slot &s : m_slots)
        s.sealed.insert(m_nextKeyId, seal(next, s.publicKey));
}

void KeySlotFile::promoteNextKey()
{
    for (Slot &s : m_slots)
        s.sealed.remove(m_currentKeyId);
    m_currentKeyId = m_nextKeyId;
    m_nextKeyId.clear();
}

void KeySlotFile::dropNextKey()
{
    for (Slot &s : m_slots)
        s.sealed.remove(m_nextKeyId);
    m_nextKeyId.clear();
}

} // namespace sinergi
