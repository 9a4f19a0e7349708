#pragma once

#include "ReceiptCrypto.h"

#include "common/SecureBuffer.h"

#include <QDateTime>

namespace sinergi {
class Database;
}

namespace sinergi::smdata {

// The installation's SMData secrets, kept in the encrypted store (table smdata_keys) and made on first use:
// a secret that is never typed cannot be lost to a sticky note, and one that lives only in the store is
// protected by the store's key like the records it protects.
namespace SmdataKeys {

inline constexpr int kPseudonymKeyBytes = 32;

// The regency's pseudonymisation key (protocol section 7.1): one for all batches, so pseudonyms stay
// linkable across months. Created in its own transaction the first time it is asked for.
SecureBuffer pseudonymKey(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The Ed25519 key pair that signs offline batch files (protocol section 13).
receipt::KeyPair signingKey(Database &db, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace SmdataKeys

} // namespace sinergi::smdata
