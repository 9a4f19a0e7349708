#include "FaultSettings.h"

#include <algorithm>

namespace sinergi::sandbox {

bool FaultSwitch::fire(QRandomGenerator &rng)
{
    if (next > 0) {
        --next;
        return true;
    }
    return rate > 0.0 && rng.generateDouble() < rate;
}

QJsonObject FaultSwitch::toJson() const
{
    return QJsonObject{{u"rate"_qs, rate}, {u"next"_qs, next}};
}

void FaultSwitch::update(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    if (o.contains(u"rate"_qs))
        rate = std::clamp(o.value(u"rate"_qs).toDouble(), 0.0, 1.0);
    if (o.contains(u"next"_qs))
        next = std::max(0, o.value(u"next"_qs).toInt());
}

QJsonObject FaultSettings::toJson() const
{
    return QJsonObject{{u"latency_ms"_qs, latencyMs},
                       {u"server_error"_qs, serverError.toJson()},
                       {u"rate_limit"_qs, rateLimit.toJson()},
                       {u"retry_after_seconds"_qs, retryAfterSeconds},
                       {u"reset_mid_body"_qs, resetMidBody.toJson()},
                       {u"malformed_json"_qs, malformedJson.toJson()},
                       {u"oversized_body"_qs, oversizedBody.toJson()},
                       {u"oversized_bytes"_qs, oversizedBytes},
                       {u"path_contains"_qs, pathContains}};
}

void FaultSettings::update(const QJsonObject &o)
{
    if (o.value(u"clear"_qs).toBool())
        *this = FaultSettings();
    if (o.contains(u"latency_ms"_qs))
        latencyMs = std::max(0, o.value(u"latency_ms"_qs).toInt());
    serverError.update(o.value(u"server_error"_qs));
    rateLimit.update(o.value(u"rate_limit"_qs));
    if (o.contains(u"retry_after_seconds"_qs))
        retryAfterSeconds = std::max(0, o.value(u"retry_after_seconds"_qs).toInt());
    resetMidBody.update(o.value(u"reset_mid_body"_qs));
    malformedJson.update(o.value(u"malformed_json"_qs));
    oversizedBody.update(o.value(u"oversized_body"_qs));
    if (o.contains(u"oversized_bytes"_qs))
        oversizedBytes = std::max<qint64>(1, o.value(u"oversized_bytes"_qs).toInteger());
    if (o.contains(u"path_contains"_qs))
        pathContains = o.value(u"path_contains"_qs).toString();
}

} // namespace sinergi::sandbox
