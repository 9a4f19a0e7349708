#include "ApiReply.h"

#include "smdata/SmdataProtocol.h"

#include <QJsonDocument>

namespace sinergi::sandbox {

ApiReply ApiReply::json(int status, QJsonObject object)
{
    object.insert(u"protocol"_qs, smdata::kProtocolVersion);
    ApiReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

ApiReply ApiReply::error(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    return error(status, code, message, details, status == 429 || status >= 500);
}

ApiReply ApiReply::error(int status, const QString &code, const QString &message, const QJsonObject &details,
                         bool retryable)
{
    const QJsonObject error{
        {u"code"_qs, code}, {u"message"_qs, message}, {u"details"_qs, details}, {u"retryable"_qs, retryable}};
    return json(status, QJsonObject{{u"error"_qs, error}});
}

ApiReply ApiReply::html(const QString &page)
{
    ApiReply reply;
    reply.body = page.toUtf8();
    reply.contentType = "text/html; charset=utf-8";
    return reply;
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace sinergi::sandbox
