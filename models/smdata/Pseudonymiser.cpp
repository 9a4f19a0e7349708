#include "Pseudonymiser.h"

#include "common/Error.h"

#include <sodium.h>

#include <cstring>

namespace sinergi::smdata {

Pseudonymiser::Pseudonymiser(SecureBuffer key) : m_keyedState(sizeof(crypto_auth_hmacsha256_state))
{
    if (key.size() != crypto_auth_hmacsha256_KEYBYTES)
        throw Error(ErrorCode::InvalidArgument, u"pseudonymisation key must be 32 bytes"_qs);
    if (sodium_init() < 0)
        throw Error(ErrorCode::Internal, u"libsodium cannot be initialised"_qs);
    crypto_auth_hmacsha256_init(reinterpret_cast<crypto_auth_hmacsha256_state *>(m_keyedState.data()),
                                key.data(), key.size());
}

void Pseudonymiser::appendHex(QByteArrayView value, QByteArray &out) const
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    std::memcpy(&state, m_keyedState.data(), sizeof state);
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(value.data()),
                                  static_cast<unsigned long long>(value.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    sodium_memzero(&state, sizeof state);
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
