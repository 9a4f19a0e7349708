#include "Pseudonymiser.h"

#include "common/Error.h"

#include <sodium.h>

namespace sinergi::smdata {

Pseudonymiser::Pseudonymiser(SecureBuffer key) : m_key(std::move(key))
{
    if (m_key.size() != crypto_auth_hmacsha256_KEYBYTES)
        throw Error(ErrorCode::InvalidArgument, u"pseudonymisation key must be 32 bytes"_qs);
    if (sodium_init() < 0)
        throw Error(ErrorCode::Internal, u"libsodium cannot be initialised"_qs);
}

void Pseudonymiser::appendHex(QByteArrayView value, QByteArray &out) const
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, m_key.data(), m_key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(value.data()),
                                  static_cast<unsigned long long>(value.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    const qsizetype at = out.size();
    out.resize(at + 2 * crypto_auth_hmacsha256_BYTES);
    sodium_bin2hex(out.data() + at, 2 * crypto_auth_hmacsha256_BYTES + 1, mac, sizeof mac);
}

QByteArray Pseudonymiser::hex(QByteArrayView value) const
{
    QByteArray out;
    appendHex(value, out);
    return out;
}

} // namespace sinergi::smdata
