#include "Kdf.h"

#include "common/Error.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <new>

namespace sinergi {

namespace {
// Upper bounds accepted from a slot file: a hostile file must not make the log-in take minutes or
// allocate gigabytes.
constexpr std::uint64_t kMaxOps = 64;
constexpr std::size_t kMaxMem = std::size_t{2} * 1024 * 1024 * 1024;
// Calibration probes at 64 MiB and never goes above 1 GiB (a 4 GiB office PC must still log in).
constexpr std::size_t kProbeMem = std::size_t{64} * 1024 * 1024;
constexpr std::size_t kMaxCalibratedMem = std::size_t{1024} * 1024 * 1024;
} // namespace

KdfParams KdfParams::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfParams KdfParams::calibrated(double targetSeconds)
{
    // Passes stay at libsodium's MODERATE level (3); memory is what we tune, because Argon2id's time is close
    // to linear in it and it gives a fine grain (one pass more or less would move the time by a third).
    // Rounding up keeps the result at or just above the target: "about 0.5 s, not less" (DESIGN.md).
    const SecureBuffer probe = SecureBuffer::fromString(u"calibration"_qs);
    const QByteArray salt(crypto_pwhash_SALTBYTES, '\x5a');
    constexpr std::size_t kMiB = 1024 * 1024;
    KdfParams p{crypto_pwhash_OPSLIMIT_MODERATE, kProbeMem};
    QElapsedTimer timer;
    timer.start();
    deriveKey(probe, salt, p);
    const double seconds = std::max(0.001, static_cast<double>(timer.nsecsElapsed()) / 1e9);
    const double mib = std::ceil(static_cast<double>(kProbeMem / kMiB) * targetSeconds / seconds);
    p.memLimitBytes = std::clamp<std::size_t>(static_cast<std::size_t>(mib) * kMiB, kProbeMem, kMaxCalibratedMem);
    return p;
}

KdfParams KdfParams::forNewSlot()
{
    if (qEnvironmentVariableIntValue("SINERGI_TEST_FAST_KDF") == 1)
        return minimal();
    return calibrated();
}

QJsonObject KdfParams::toJson() const
{
    return {{u"alg"_qs, u"argon2id13"_qs},
            {u"ops"_qs, static_cast<qint64>(opsLimit)},
            {u"mem"_qs, static_cast<qint64>(memLimitBytes)}};
}

KdfParams KdfParams::fromJson(const QJsonObject &o)
{
    if (o.value(u"alg"_qs).toString() != u"argon2id13"_qs)
        throw Error(ErrorCode::SlotFileCorrupt, u"unknown KDF algorithm"_qs);
    const qint64 ops = o.value(u"ops"_qs).toInteger(-1);
    const qint64 mem = o.value(u"mem"_qs).toInteger(-1);
    if (ops < static_cast<qint64>(crypto_pwhash_OPSLIMIT_MIN) || ops > static_cast<qint64>(kMaxOps) ||
        mem < static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN) || mem > static_cast<qint64>(kMaxMem))
        throw Error(ErrorCode::SlotFileCorrupt, u"KDF parameters out of range"_qs);
    return {static_cast<std::uint64_t>(ops), static_cast<std::size_t>(mem)};
}

SecureBuffer deriveKey(const SecureBuffer &password, const QByteArray &salt, const KdfParams &params)
{
    if (salt.size() != crypto_pwhash_SALTBYTES)
        throw Error(ErrorCode::SlotFileCorrupt, u"bad salt length"_qs);
    SecureBuffer key(32);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(password.data()), password.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      params.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::bad_alloc(); // libsodium only fails here when it cannot get the memory
    return key;
}

} // namespace sinergi
