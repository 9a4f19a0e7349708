#include "DataGeneration.h"

#include "store/Database.h"

namespace sinergi::datageneration {

void bump(Database &db, const QString &dataset)
{
    auto s = db.prepare("INSERT INTO data_generation(dataset, generation) VALUES (?1, 1) "
                        "ON CONFLICT(dataset) DO UPDATE SET generation = generation + 1");
    s.bind(1, dataset);
    s.exec();
}

QList<qint64> read(Database &db, const QStringList &datasets)
{
    QList<qint64> out(datasets.size(), 0);
    // The table has one row per dataset ever written (a handful): reading it whole is the cheap query.
    auto s = db.prepare("SELECT dataset, generation FROM data_generation");
    while (s.step()) {
        const qsizetype i = datasets.indexOf(s.text(0));
        if (i >= 0)
            out[i] = s.int64(1);
    }
    return out;
}

} // namespace sinergi::datageneration
