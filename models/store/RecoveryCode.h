#pragma once

#include "common/SecureBuffer.h"

#include <QString>

namespace sinergi {

// Recovery codes: 160 random bits in Crockford base32, shown as eight groups of four characters
// ("7K3M-...") so they can be written on paper and typed back. Reading is forgiving: case, spaces and
// dashes are ignored, and O/I/L are read as 0/1/1 like Crockford intends.
class RecoveryCode
{
public:
    static constexpr int kBytes = 20;
    static QString generate();
    // The canonical form (32 upper-case symbols, no separators) as key material for the slot, or an empty
    // buffer when the text cannot be a recovery code.
    static SecureBuffer normalize(const QString &typed);
};

} // namespace sinergi
