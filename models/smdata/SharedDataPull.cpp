#include "SharedDataPull.h"

#include "SmdataClient.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sinergi::smdata {

namespace {

struct Walk
{
    SharedPullResult result;
    QList<QJsonObject> records;
};

Walk walk(SmdataClient &client, const QString &dataset, const QString &period, int pageSize,
          const std::function<void(int, int)> &progress)
{
    Walk w;
    QString token;
    do {
        const SharedPage page = client.sharedPage(dataset, period, pageSize, token);
        if (w.result.pages == 0) {
            w.result.snapshot = page.snapshot;
            w.result.templateVersion = page.templateVersion;
        } else if (page.snapshot != w.result.snapshot) {
            // Section 10: the whole walk reads one snapshot; pages of two would mix two states.
            throw SmdataError(FailureKind::BadAnswer, u"shared data pages from two snapshots"_qs, 200,
                              u"unexpected_response"_qs, true);
        }
        for (const QJsonValue &v : page.records)
            w.records.append(v.toObject());
        ++w.result.pages;
        if (progress)
            progress(w.result.pages, int(w.records.size()));
        if (!page.nextPageToken.isEmpty() && page.nextPageToken == token)
            throw SmdataError(FailureKind::BadAnswer, u"shared data paging does not advance"_qs, 200,
                              u"unexpected_response"_qs, true);
        token = page.nextPageToken;
    } while (!token.isEmpty());
    return w;
}

} // namespace

SharedPullResult SharedDataPull::pull(SmdataClient &client, Database &db, const QString &dataset,
                                      const QString &period, const QString &actor, const QDateTime &now,
                                      int pageSize, const std::function<void(int, int)> &progress)
{
    Walk w;
    try {
        w = walk(client, dataset, period, pageSize, progress);
    } catch (const SmdataError &e) {
        if (e.httpStatus() != 410)
            throw;
        w = walk(client, dataset, period, pageSize, progress); // page_token_expired: once from the start
    }
    SharedPullResult &r = w.result;
    r.dataset = dataset;
    r.period = period;

    Transaction tx(db);
    Statement del = db.prepare("DELETE FROM smdata_shared WHERE dataset = ?1 AND period = ?2");
    del.bindAll(dataset, period).exec();
    Statement insert = db.prepare("INSERT OR REPLACE INTO smdata_shared "
                                  "(dataset, period, source, source_id, updated_at, record) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const QJsonObject &rec : std::as_const(w.records)) {
        const QString source = rec.value(u"source"_qs).toString();
        const QString sourceId = rec.value(u"source_id"_qs).toString();
        if (sourceId.isEmpty())
            throw SmdataError(FailureKind::BadAnswer, u"shared record without source_id"_qs, 200,
                              u"unexpected_response"_qs, true);
        insert
            .bindAll(dataset, period, source, sourceId, rec.value(u"updated_at"_qs).toString(),
                     QString::fromUtf8(
                         QJsonDocument(rec.value(u"record"_qs).toObject()).toJson(QJsonDocument::Compact)))
            .exec();
        insert.reset();
        ++r.bySource[source];
    }
    r.records = int(w.records.size());
    db.prepare("INSERT OR REPLACE INTO smdata_shared_pulls "
               "(dataset, period, template_version, snapshot, records, pulled_at, pulled_by) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bindAll(dataset, period, r.templateVersion, r.snapshot, r.records, now.toUTC().toString(Qt::ISODate),
                 actor)
        .exec();
    tx.commit();
    return r;
}

int SharedDataPull::storedCount(Database &db, const QString &dataset, const QString &period)
{
    Statement s = db.prepare("SELECT count(*) FROM smdata_shared WHERE dataset = ?1 AND period = ?2");
    s.bindAll(dataset, period);
    return s.step() ? s.int32(0) : 0;
}

} // namespace sinergi::smdata
