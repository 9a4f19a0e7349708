#include "SmdataKeys.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <functional>
#include <optional>

#include <sodium.h>

namespace sinergi::smdata::SmdataKeys {

namespace {

constexpr char kPseudonym[] = "pseudonym_hmac_sha256";
constexpr char kSigning[] = "offline_signing_ed25519";

struct Stored
{
    QByteArray secret;
    QByteArray publicKey;
};

std::optional<Stored> read(Database &db, const char *name)
{
    Statement st = db.prepare("SELECT secret, public_key FROM smdata_keys WHERE name = ?");
    st.bind(1, QString::fromLatin1(name));
    if (!st.step())
        return std::nullopt;
    return Stored{st.blob(0), st.isNull(1) ? QByteArray() : st.blob(1)};
}

// Returns the stored key, or stores the one make() returns. Inside one write transaction, so two
// processes asking at once end up with the same key.
Stored readOrCreate(Database &db, const char *name, const QDateTime &now, const std::function<Stored()> &make)
{
    if (std::optional<Stored> existing = read(db, name))
        return *existing;
    Transaction tx(db);
    if (std::optional<Stored> existing = read(db, name))
        return *existing;
    Stored made = make();
    Statement st =
        db.prepare("INSERT INTO smdata_keys (name, secret, public_key, created_at) VALUES (?, ?, ?, ?)");
    st.bind(1, QString::fromLatin1(name));
    st.bind(2, made.secret);
    if (made.publicKey.isEmpty())
        st.bind(3, nullptr);
    else
        st.bind(3, made.publicKey);
    st.bind(4, now.toUTC().toString(Qt::ISODate));
    st.exec();
    tx.commit();
    return made;
}

} // namespace

SecureBuffer pseudonymKey(Database &db, const QDateTime &now)
{
    Stored stored = readOrCreate(db, kPseudonym, now, [] {
        if (sodium_init() < 0)
            throw Error(ErrorCode::Internal, u"libsodium cannot be initialised"_qs);
        QByteArray key(kPseudonymKeyBytes, Qt::Uninitialized);
        randombytes_buf(key.data(), size_t(key.size()));
        return Stored{key, {}};
    });
    if (stored.secret.size() != kPseudonymKeyBytes)
        throw Error(ErrorCode::Corrupted, u"smdata pseudonymisation key has the wrong size"_qs);
    SecureBuffer key = SecureBuffer::fromBytes(stored.secret.constData(), size_t(stored.secret.size()));
    sodium_memzero(stored.secret.data(), size_t(stored.secret.size()));
    return key;
}

receipt::KeyPair signingKey(Database &db, const QDateTime &now)
{
    Stored stored = readOrCreate(db, kSigning, now, [] {
        const receipt::KeyPair pair = receipt::generateKeyPair();
        return Stored{QByteArray(reinterpret_cast<const char *>(pair.secretKey.data()),
                                 qsizetype(pair.secretKey.size())),
                      pair.publicKey};
    });
    receipt::KeyPair pair = receipt::keyPairFromSecret(stored.secret);
    sodium_memzero(stored.secret.data(), size_t(stored.secret.size()));
    return pair;
}

} // namespace sinergi::smdata::SmdataKeys
