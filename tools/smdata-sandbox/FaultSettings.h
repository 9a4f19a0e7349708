#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace sinergi::sandbox {

// The fault-injection switches (issue 6: latency, 5xx rate, reset mid-body, 429 + Retry-After, token
// expiry, malformed JSON, oversized body). Each fault fires for the next `next` matching requests, and
// after that with probability `rate`; counts make tests deterministic, rates make random campaigns.
// Faults apply to /api/v1/ requests whose path contains pathContains (all when empty), never to the
// sandbox's own admin endpoint.
struct FaultSwitch
{
    double rate = 0.0;
    int next = 0;

    bool fire(QRandomGenerator &rng);
    QJsonObject toJson() const;
    void update(const QJsonValue &value); // {"rate": r, "next": n}, either member optional
};

struct FaultSettings
{
    int latencyMs = 0;
    FaultSwitch serverError; // 503 unavailable, retryable; the request is not processed
    FaultSwitch rateLimit;   // 429 with Retry-After: retryAfterSeconds; not processed
    int retryAfterSeconds = 1;
    FaultSwitch resetMidBody;  // processed, then the connection is cut halfway through the answer
    FaultSwitch malformedJson; // processed, the answer's body is truncated JSON
    FaultSwitch oversizedBody; // processed, the answer is oversizedBytes of JSON padding
    qint64 oversizedBytes = 48 * 1024 * 1024;
    QString pathContains;

    QJsonObject toJson() const;
    // Members absent from object keep their value, so a test can flip one switch.
    void update(const QJsonObject &object);
};

} // namespace sinergi::sandbox
