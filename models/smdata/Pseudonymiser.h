#pragma once

#include "common/SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace sinergi::smdata {

// The "pseudonymise" sharing policy (protocol section 7.1): HMAC-SHA-256 of the value's UTF-8 under the
// regency's key, as 64 lower-case hex characters. The same value gives the same pseudonym in every
// batch, so records stay linkable and references between datasets still match.
class Pseudonymiser
{
public:
    explicit Pseudonymiser(SecureBuffer key); // 32 bytes (SmdataKeys::pseudonymKey)

    // Appends the 64 hex characters to out (no allocation per value in the batch builder's loop).
    void appendHex(QByteArrayView value, QByteArray &out) const;
    QByteArray hex(QByteArrayView value) const;

private:
    // The HMAC state right after the key was absorbed (both pads hashed), kept in locked memory: each value
    // starts from a copy, which halves the hashing per value.
    SecureBuffer m_keyedState;
};

} // namespace sinergi::smdata
