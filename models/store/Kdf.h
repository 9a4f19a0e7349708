#pragma once

#include "common/SecureBuffer.h"

#include <QJsonObject>
#include <cstddef>
#include <cstdint>

namespace sinergi {

// Argon2id parameters, stored with every key slot so each slot can be opened with the cost it was made with.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::size_t memLimitBytes = 0;

    // Benchmarked on this machine to take about targetSeconds, rounded up (DESIGN.md: ~0.5 s, not less):
    // 3 passes, memory scaled from a 64 MiB probe, between 64 MiB and 1 GiB.
    static KdfParams calibrated(double targetSeconds = 0.5);
    // The cheapest parameters libsodium accepts; used only when SINERGI_TEST_FAST_KDF=1 (tests).
    static KdfParams minimal();
    // calibrated(), or minimal() under SINERGI_TEST_FAST_KDF=1.
    static KdfParams forNewSlot();

    QJsonObject toJson() const;
    static KdfParams fromJson(const QJsonObject &o); // throws SlotFileCorrupt when out of range
};

// Derives a 32-byte key from a password with Argon2id.
SecureBuffer deriveKey(const SecureBuffer &password, const QByteArray &salt, const KdfParams &params);

} // namespace sinergi
