#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sinergi::sandbox {

// One answer of the sandbox before it goes on the wire (where gzip and the fault switches apply).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    // Adds "protocol": 1 (docs/smdata-protocol.md section 2).
    static ApiReply json(int status, QJsonObject object);
    // The error body of section 3. retryable defaults to what the status implies (429 and 5xx).
    static ApiReply error(int status, const QString &code, const QString &message,
                          const QJsonObject &details = {});
    static ApiReply error(int status, const QString &code, const QString &message, const QJsonObject &details,
                          bool retryable);
    static ApiReply html(const QString &page);
};

// A request as the handlers see it: body already gzip-decoded and size-checked.
struct ApiRequest
{
    QByteArray method; // "GET", "PUT", ...
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive header lookup (HTTP header names are case-insensitive).
    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &name) const;
};

} // namespace sinergi::sandbox
