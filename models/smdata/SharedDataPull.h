#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <functional>

namespace sinergi {
class Database;
}

namespace sinergi::smdata {

class SmdataClient;

struct SharedPullResult
{
    QString dataset;
    QString period;
    int templateVersion = 0;
    QString snapshot;
    int records = 0;
    int pages = 0;
    QMap<QString, int> bySource; // source -> records
};

// Downloads the consolidated shared data of one dataset (protocol section 10), page by page, into
// smdata_shared for reconciliation. The whole walk is read first and then written in one transaction that
// replaces the previous pull of the same dataset and period, so an interrupted pull leaves the last complete
// one in place. An expired page token (410) starts the walk again, once.
class SharedDataPull
{
public:
    static SharedPullResult pull(SmdataClient &client, Database &db, const QString &dataset,
                                 const QString &period, const QString &actor, const QDateTime &now,
                                 int pageSize = 500,
                                 const std::function<void(int pages, int records)> &progress = {});
    // Rows stored for (dataset, period).
    static int storedCount(Database &db, const QString &dataset, const QString &period);
};

} // namespace sinergi::smdata
