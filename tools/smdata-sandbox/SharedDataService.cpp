#include "SharedDataService.h"

#include "smdata/SmdataProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sinergi::sandbox {

namespace {

// The months [from, to] ("yyyy-MM") a period covers; false for anything that is not a period.
bool monthRange(const QString &period, QString *from, QString *to)
{
    static const QRegularExpression re(u"^([0-9]{4})(?:-(0[1-9]|1[0-2])|-S([12]))?$"_qs);
    const QRegularExpressionMatch m = re.match(period);
    if (!m.hasMatch())
        return false;
    const QString year = m.captured(1);
    if (!m.captured(2).isEmpty()) {
        *from = *to = period;
    } else if (!m.captured(3).isEmpty()) {
        const bool first = m.captured(3) == u"1"_qs;
        *from = year + (first ? u"-01"_qs : u"-07"_qs);
        *to = year + (first ? u"-06"_qs : u"-12"_qs);
    } else {
        *from = year + u"-01"_qs;
        *to = year + u"-12"_qs;
    }
    return true;
}

QString encodeToken(qint64 after)
{
    const QByteArray json = QJsonDocument(QJsonObject{{u"after"_qs, after}}).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonValue after = QJsonDocument::fromJson(*decoded).object().value(u"after"_qs);
    if (!after.isDouble() || after.toInteger(-1) < 0)
        return std::nullopt;
    return after.toInteger();
}

} // namespace

ApiReply SharedDataService::page(const TokenOwner &owner, const QString &datasetId,
                                 const ApiRequest &request) const
{
    const TemplateCatalog::Entry *entry = m_catalog.find(datasetId);
    if (!entry)
        return ApiReply::error(404, u"not_found"_qs, u"No such dataset"_qs);
    const QString period = request.queryValue(u"period"_qs);
    QString from = u"0000-00"_qs, to = u"9999-99"_qs;
    if (!period.isEmpty() && !monthRange(period, &from, &to)) {
        return ApiReply::error(400, u"invalid_request"_qs,
                               u"period is not yyyy-MM, yyyy-S1, yyyy-S2 or yyyy"_qs,
                               QJsonObject{{u"field"_qs, u"period"_qs}});
    }
    const QString sizeText = request.queryValue(u"page_size"_qs);
    const int pageSize = sizeText.isEmpty() ? 500 : sizeText.toInt();
    if (pageSize < 1 || pageSize > smdata::kPageSizeMax) {
        return ApiReply::error(400, u"invalid_request"_qs,
                               u"page_size must be 1..%1"_qs.arg(smdata::kPageSizeMax),
                               QJsonObject{{u"field"_qs, u"page_size"_qs}});
    }
    qint64 after = 0;
    const QString token = request.queryValue(u"page_token"_qs);
    if (!token.isEmpty()) {
        const std::optional<qint64> decoded = decodeToken(token);
        if (!decoded) {
            return ApiReply::error(400, u"invalid_request"_qs, u"page_token is not one this server issued"_qs,
                                   QJsonObject{{u"field"_qs, u"page_token"_qs}});
        }
        after = *decoded;
    }

    Statement st = m_store.db().prepare("SELECT seq, source, source_id, updated_at, record FROM "
                                        "shared_records WHERE dataset = ? AND regency_code = ?"
                                        " AND period BETWEEN ? AND ? AND seq > ? ORDER BY seq LIMIT ?");
    st.bindAll(datasetId, owner.regencyCode, from, to, static_cast<std::int64_t>(after), pageSize + 1);
    QJsonArray records;
    qint64 last = after;
    bool more = false;
    while (st.step()) {
        if (records.size() == pageSize) {
            more = true;
            break;
        }
        last = st.int64(0);
        records.append(QJsonObject{{u"source"_qs, st.text(1)},
                                   {u"source_id"_qs, st.text(2)},
                                   {u"updated_at"_qs, st.text(3)},
                                   {u"record"_qs, QJsonDocument::fromJson(st.text(4).toUtf8()).object()}});
    }
    QJsonObject body{{u"dataset_id"_qs, datasetId},
                     {u"template_version"_qs, entry->tpl->version()},
                     {u"regency_code"_qs, owner.regencyCode},
                     {u"records"_qs, records},
                     {u"snapshot"_qs, QString::fromUtf8(m_store.meta(u"shared_snapshot"_qs))}};
    if (!period.isEmpty())
        body.insert(u"period"_qs, period);
    if (more)
        body.insert(u"next_page_token"_qs, encodeToken(last));
    return ApiReply::json(200, body);
}

} // namespace sinergi::sandbox
