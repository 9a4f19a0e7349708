#pragma once

#include "Kdf.h"
#include "common/SecureBuffer.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <vector>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sinergi {

// The key-slot file beside the store (sinergi.keys, JSON).
//
// Each slot owns an X25519 key pair. Its secret key is encrypted (XChaCha20-Poly1305) under a key that
// Argon2id derives from the slot's password or recovery code; the slot's metadata (kind, name, KDF
// parameters, salt, public key) is the AEAD's associated data, so editing any of it makes the slot fail.
// The data key is sealed to each slot's public key (crypto_box_seal). Sealing needs no password, which is
// what lets "rotate data key" re-wrap the new key for every user without knowing their passwords.
//
// Integrity: an unkeyed BLAKE2b checksum over the body catches damaged or naively edited files before any
// key is derived; a MAC keyed from each data key (verified after unlock) catches deliberate edits.
// During a key rotation the file carries two data keys ("current" and "next"); see Vault::rotateDataKey.
class KeySlotFile
{
public:
    enum class SlotKind { User, Recovery };

    struct Slot
    {
        SlotKind kind = SlotKind::User;
        QString name; // user name; empty for the recovery slot
        KdfParams kdf;
        QByteArray salt;
        QByteArray publicKey;
        QByteArray wrappedSecret;            // nonce || AEAD(secret key)
        QHash<QString, QByteArray> sealed;   // key id (hex) -> sealed data key
    };

    static KeySlotFile create(const QString &storeId);
    // Throws NotFound or SlotFileCorrupt.
    static KeySlotFile load(const QString &path);
    // Atomic replace (writeFileAtomically). Throws DiskFull/ReadOnly/Io.
    void save(const QString &path, const QList<const SecureBuffer *> &dataKeys) const;

    const QString &storeId() const { return m_storeId; }
    const QString &currentKeyId() const { return m_currentKeyId; }
    const QString &nextKeyId() const { return m_nextKeyId; }
    const QList<Slot> &allSlots() const { return m_slots; }
    QStringList userNames() const;
    const Slot *find(SlotKind kind, const QString &name) const;

    // Adds or replaces a slot (same kind + name) that holds every given data key.
    void putSlot(SlotKind kind, const QString &name, const SecureBuffer &secret, const KdfParams &params,
                 const QList<const SecureBuffer *> &dataKeys);
    bool removeSlot(SlotKind kind, const QString &name);
    // Tries the secret (password or normalized recovery code) on the slot. Returns the data keys the slot
    // holds, current first; empty list when the secret is wrong.
    std::vector<SecureBuffer> open(const Slot &slot, const SecureBuffer &secret) const;

    // Key-rotation bookkeeping.
    void setCurrentKey(const SecureBuffer &key);
    void addNextKey(const SecureBuffer &next); // seals `next` into every slot
    void promoteNextKey();    // next becomes current, the old key's sealed copies are dropped
    void dropNextKey();       // abandon an unfinished rotation

    // MAC check after unlock; false means the file was edited by someone without the data key.
    bool verifyMac(const SecureBuffer &dataKey) const;

    static QString keyId(const SecureBuffer &dataKey);

private:
    QJsonObject body() const;
    QByteArray mac(const SecureBuffer &dataKey) const;

    QString m_storeId;
    QString m_currentKeyId;
    QString m_nextKeyId;
    QList<Slot> m_slots;
    QHash<QString, QByteArray> m_macs; // as loaded, key id -> MAC
};

} // namespace sinergi
