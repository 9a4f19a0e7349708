#include "RecordsFixture.h"
#include "records/RecordTableModel.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace sinergi;

namespace {

const QString kDataset = QStringLiteral("pencari_kerja");
const QStringList kSearchColumns{u"no_pendaftaran"_qs, u"nik"_qs, u"nama"_qs};

struct Row
{
    qint64 id = 0;
    QVariantMap values; // the searched columns
    bool deleted = false;
};

// Names in the cases officers meet (capitals, title case, lower case, mixed), with NULLs; NIKs from two
// regencies; every 23rd row deleted.
QList<Row> fill(Database &db, int rows)
{
    const QStringList first{u"Siti"_qs, u"SITI"_qs, u"siti"_qs,    u"Budi"_qs, u"BUDI"_qs,
                            u"Agus"_qs, u"Sri"_qs,  u"Sitorus"_qs, u"Ani"_qs,  u"ani"_qs};
    const QStringList last{u"Aminah"_qs, u"AMINAH"_qs, u"Santoso"_qs, u"binti Ahmad"_qs, u"Wibowo"_qs};
    QRandomGenerator rng(11);
    QList<Row> out;
    Transaction tx(db);
    auto s =
        db.prepare("INSERT INTO rec_pencari_kerja(_id, no_pendaftaran, nik, nama, _deleted, _created_at, "
                   "_updated_at, _updated_by) VALUES (?, ?, ?, ?, ?, '2025-01-01', '2025-01-01', 't')");
    for (int i = 1; i <= rows; ++i) {
        Row r;
        r.id = i;
        r.deleted = i % 23 == 0;
        r.values[u"no_pendaftaran"_qs] = QStringLiteral("AK-%1").arg(i, 5, 10, QLatin1Char('0'));
        r.values[u"nik"_qs] = QStringLiteral("%1%2")
                                  .arg(i % 3 ? u"3373"_qs : u"3374"_qs)
                                  .arg(rng.bounded(1000000000) * 1000LL + i, 12, 10, QLatin1Char('0'));
        r.values[u"nama"_qs] =
            i % 17 == 0
                ? QVariant()
                : QVariant(first.at(rng.bounded(first.size())) + u' ' + last.at(rng.bounded(last.size())));
        s.bindAll(std::int64_t(i), r.values.value(u"no_pendaftaran"_qs), r.values.value(u"nik"_qs),
                  r.values.value(u"nama"_qs), std::int64_t(r.deleted ? 1 : 0));
        s.exec();
        s.reset();
        out << r;
    }
    tx.commit();
    return out;
}

// What quick search promises (its tooltip): a searched column starts with the text as typed, in capitals
// or in title case. Written independently of RecordSql.
bool matches(const Row &r, const QString &text)
{
    QString title = text.toLower();
    for (int i = 0; i < title.size(); ++i)
        if (i == 0 || title.at(i - 1).isSpace())
            title[i] = title.at(i).toUpper();
    for (const QString &c : kSearchColumns) {
        const QVariant v = r.values.value(c);
        if (v.isNull())
            continue;
        const QString s = v.toString();
        if (s.startsWith(text) || s.startsWith(text.toUpper()) || s.startsWith(title))
            return true;
    }
    return false;
}

QList<qint64> bruteForce(const QList<Row> &rows, const QString &text, const QString &sortColumn,
                         Qt::SortOrder order, bool includeDeleted)
{
    QList<Row> hits;
    for (const Row &r : rows)
        if ((includeDeleted || !r.deleted) && matches(r, text))
            hits << r;
    std::sort(hits.begin(), hits.end(), [&](const Row &a, const Row &b) {
        if (sortColumn != u"_id") {
            const QVariant va = a.values.value(sortColumn), vb = b.values.value(sortColumn);
            if (va.isNull() != vb.isNull()) // SQLite puts NULL first in ascending order
                return order == Qt::AscendingOrder ? va.isNull() : vb.isNull();
            if (!va.isNull() && va.toString() != vb.toString())
                return order == Qt::AscendingOrder ? va.toString() < vb.toString()
                                                   : va.toString() > vb.toString();
        }
        return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
    });
    QList<qint64> ids;
    for (const Row &r : hits)
        ids << r.id;
    return ids;
}

} // namespace

class TestQuickSearch : public QObject
{
    Q_OBJECT
    test::RecordsFixture m_fx;
    std::unique_ptr<Session> m_session;
    QList<Row> m_rows;

private slots:
    void initTestCase()
    {
        m_session = m_fx.newStore();
        m_rows = fill(m_session->db(), 3000);
    }

    void matchesBruteForce_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("deleted");
        const QStringList texts{u"siti"_qs,    u"Siti a"_qs, u"SITI AMINAH"_qs, u"sit"_qs,
                                u"ak-0012"_qs, u"AK-01"_qs,  u"3374"_qs,        u"33730"_qs,
                                u"a"_qs,       u"binti"_qs,  u"zzz"_qs,         u"Budi S"_qs};
        for (const QString &t : texts)
            for (const QString &sort : {u"_id"_qs, u"nama"_qs, u"nik"_qs})
                for (const int order : {int(Qt::AscendingOrder), int(Qt::DescendingOrder)})
                    for (const bool deleted : {false, true})
                        QTest::addRow("%s/%s/%d/%d", qPrintable(t), qPrintable(sort), order, int(deleted))
                            << t << sort << order << deleted;
    }

    // Both page plans (index ranges for few matches, a walk of the sort order for many) and the count
    // give exactly the rows a scan of every row finds, in the grid's order, across page boundaries.
    void matchesBruteForce()
    {
        QFETCH(QString, text);
        QFETCH(QString, sort);
        QFETCH(int, order);
        QFETCH(bool, deleted);
        const QList<qint64> expected = bruteForce(m_rows, text, sort, Qt::SortOrder(order), deleted);
        for (const int threshold : {1, 1000000}) { // 1: always the scan plan; 1,000,000: the index plan
            RecordTableModel m(*m_session, m_fx.m_templates);
            m.setSynchronous(true);
            m.setDenseQuickSearchThreshold(threshold);
            RecordQuery q{kDataset, sort, Qt::SortOrder(order)};
            q.quickSearch = text;
            q.includeDeleted = deleted;
            m.setQuery(q);
            QCOMPARE(m.rowCount(), expected.size());
            QList<qint64> ids;
            for (int r = 0; r < m.rowCount(); ++r)
                ids << m.index(r, 0).data(RecordTableModel::RecordIdRole).toLongLong();
            QCOMPARE(ids, expected);
        }
    }

    void fewAndManyMatchesBothFound()
    {
        // The fixture really exercises both sizes: a full name (few) and one letter (most rows).
        QVERIFY(bruteForce(m_rows, u"SITI AMINAH"_qs, u"_id"_qs, Qt::AscendingOrder, false).size() < 300);
        QVERIFY(bruteForce(m_rows, u"a"_qs, u"_id"_qs, Qt::AscendingOrder, false).size() > 2500);
    }
};

QTEST_GUILESS_MAIN(TestQuickSearch)
#include "tst_quicksearch.moc"
