#include "datasets/TemplateRegistry.h"
#include "records/DatasetSchema.h"
#include "records/RecordTableModel.h"
#include "session/Session.h"
#include "store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

namespace {

const QString kDataset = QStringLiteral("pencari_kerja");
constexpr int kRows = 5000;

// Rows inserted directly with SQL (the record service would validate each one; here only the order
// matters). Few distinct names and dates give many ties; some values are NULL; every 50th row is deleted
// and every 7th has errors.
void fill(Database &db, int rows)
{
    Transaction tx(db);
    auto s = db.prepare("INSERT INTO rec_pencari_kerja(_id, no_pendaftaran, nik, nama, tanggal_daftar, "
                        "kode_kecamatan, status, _deleted, _created_at, _updated_at, _updated_by) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01', '2025-01-01', 'test')");
    auto counts = db.prepare("INSERT INTO counts_pencari_kerja(_id, errors, warnings) VALUES (?1, 2, 0)");
    const QStringList names{u"Budi"_qs, u"Siti"_qs, u"Agus"_qs, u"Dewi"_qs, u"budi"_qs, u"Ani"_qs};
    QRandomGenerator rng(7);
    for (int i = 1; i <= rows; ++i) {
        const QVariant name = i % 13 == 0 ? QVariant() : QVariant(names.at(rng.bounded(6)) + u" "_qs +
                                                                  QString::number(rng.bounded(20)));
        const QVariant date = i % 17 == 0 ? QVariant()
                                          : QVariant(QDate(2024, 1, 1).addDays(rng.bounded(60)).toString(Qt::ISODate));
        s.bindAll(std::int64_t(i), QStringLiteral("AK-%1").arg(i, 5, 10, QLatin1Char('0')),
                  QStringLiteral("3373%1").arg(rng.bounded(1000000) * 1000000 + i, 12, 10, QLatin1Char('0')),
                  name, date, QStringLiteral("33.73.0%1").arg(1 + rng.bounded(4)),
                  i % 3 ? u"terdaftar"_qs : u"ditempatkan"_qs, std::int64_t(i % 50 == 0 ? 1 : 0));
        s.exec();
        s.reset();
        if (i % 7 == 0) {
            counts.bind(1, std::int64_t(i));
            counts.exec();
        }
    }
    tx.commit();
}

QList<qint64> expected(Database &db, const QByteArray &where, const QByteArray &orderBy)
{
    QList<qint64> ids;
    auto s = db.prepare(("SELECT _id FROM rec_pencari_kerja WHERE " + where + " ORDER BY " + orderBy).constData());
    while (s.step())
        ids << s.int64(0);
    return ids;
}

QList<qint64> idsOf(const RecordTableModel &m, const QList<int> &rows)
{
    QList<qint64> ids(m.rowCount(), -1);
    for (int r : rows)
        ids[r] = m.index(r, 0).data(RecordTableModel::RecordIdRole).toLongLong();
    return ids;
}

QList<int> range(int n, bool reverse)
{
    QList<int> rows;
    for (int i = 0; i < n; ++i)
        rows << (reverse ? n - 1 - i : i);
    return rows;
}

} // namespace

class TestRecordTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    TemplateRegistry m_templates = TemplateRegistry::loadEmbedded();
    std::unique_ptr<Session> m_admin;

    std::unique_ptr<Session> loginAs(const QString &user)
    {
        return Session::login(StoreLocation{m_tmp.filePath(u"s"_qs)}, user, u"Kunci-Rahasia-2026"_qs);
    }

private slots:
    void initTestCase()
    {
        const StoreLocation where{m_tmp.filePath(u"s"_qs)};
        auto created = Session::initialize(where, u"admin"_qs, {}, u"Kunci-Rahasia-2026"_qs, KdfParams::minimal());
        m_admin = std::move(created.session);
        DatasetSchema::sync(m_admin->db(), m_templates);
        fill(m_admin->db(), kRows);
    }

    void modelTesterSync()
    {
        RecordTableModel m(*m_admin, m_templates);
        m.setSynchronous(true);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setQuery({kDataset});
        QCOMPARE(m.rowCount(), kRows - kRows / 50);
        m.sort(2, Qt::DescendingOrder); // nama
        QCOMPARE(m.query().sortColumn, u"nama"_qs);
        QCOMPARE(m.headerData(2, Qt::Horizontal).toString(), u"Nama lengkap"_qs);
        m.setLanguage(u"en"_qs);
        QCOMPARE(m.headerData(2, Qt::Horizontal).toString(), u"Full name"_qs);
    }

    void modelTesterAsync()
    {
        RecordTableModel m(*m_admin, m_templates);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&m, &RecordTableModel::countKnown);
        m.setQuery({kDataset});
        QCOMPARE(m.rowCount(), 0); // nothing until the worker answers
        QTRY_VERIFY(m.isCountKnown());
        QCOMPARE(m.rowCount(), kRows - kRows / 50);
        QCOMPARE(count.size(), 1);
        // An uncached row: placeholder now, the value after dataChanged.
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        const QModelIndex far = m.index(m.rowCount() - 1, 0);
        QVERIFY(!m.data(far, RecordTableModel::RecordIdRole).isValid());
        QTRY_VERIFY(!changed.isEmpty());
        QTRY_VERIFY(m.data(far, RecordTableModel::RecordIdRole).isValid());
        QCOMPARE(m.data(far, RecordTableModel::RecordIdRole).toLongLong(), qint64(kRows - 1)); // 5000 is deleted
        QTRY_VERIFY(m.isPositionIndexReady());
    }

    void keyPagingMatchesFullOrder_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("filter"); // 0 none, 1 status equals, 2 date range, 3 has problems, 4 quick search
        QTest::addColumn<bool>("positions");
        const QStringList cols{u"_id"_qs, u"nama"_qs, u"tanggal_daftar"_qs, u"no_pendaftaran"_qs, u"kode_kecamatan"_qs};
        for (const QString &c : cols)
            for (int order : {0, 1})
                for (int filter : {0, 1, 2, 3, 4})
                    for (bool positions : {true, false})
                        QTest::addRow("%s-%s-f%d-%s", qPrintable(c), order ? "desc" : "asc", filter,
                                      positions ? "index" : "offset")
                            << c << order << filter << positions;
    }

    void keyPagingMatchesFullOrder()
    {
        QFETCH(QString, column);
        QFETCH(int, order);
        QFETCH(int, filter);
        QFETCH(bool, positions);
        RecordQuery q{kDataset, column, order ? Qt::DescendingOrder : Qt::AscendingOrder};
        QByteArray where = "_deleted = 0";
        switch (filter) {
        case 1:
            q.filters << ColumnFilter{u"status"_qs, ColumnFilter::Kind::Equals, u"terdaftar"_qs, {}};
            where += " AND status = 'terdaftar'";
            break;
        case 2:
            q.filters << ColumnFilter{u"tanggal_daftar"_qs, ColumnFilter::Kind::Range, QDate(2024, 1, 10),
                                      QDate(2024, 2, 10)};
            where += " AND tanggal_daftar BETWEEN '2024-01-10' AND '2024-02-10'";
            break;
        case 3:
            q.filters << ColumnFilter{{}, ColumnFilter::Kind::HasProblems, {}, {}};
            where += " AND _id IN (SELECT _id FROM counts_pencari_kerja WHERE errors > 0)";
            break;
        case 4: // prefix as typed, UPPER or Title: "budi" finds "Budi ..." and "budi ..."
            q.quickSearch = u"budi"_qs;
            where += " AND substr(nama, 1, 4) IN ('budi', 'Budi', 'BUDI')";
            break;
        }
        const QByteArray dir = order ? " DESC" : " ASC";
        const QByteArray orderBy = column == u"_id"_qs ? "_id" + dir : column.toUtf8() + dir + ", _id" + dir;
        const QList<qint64> want = expected(m_admin->db(), where, orderBy);
        QVERIFY(want.size() > 200);

        // Forward (key paging from the previous page), backward from the end (key paging from the next
        // page), and by position (the position index, or OFFSET without it), each on a fresh model.
        for (int pass = 0; pass < 3; ++pass) {
            RecordTableModel m(*m_admin, m_templates);
            m.setSynchronous(true);
            m.setPositionIndexEnabled(positions);
            m.setQuery(q);
            QCOMPARE(m.rowCount(), want.size());
            QList<int> rows = range(m.rowCount(), pass == 1);
            if (pass == 2) // the middle of every page first, so no neighbour is cached
                std::stable_sort(rows.begin(), rows.end(), [](int a, int b) {
                    return (a % RecordTableModel::kPageSize) / 100 > (b % RecordTableModel::kPageSize) / 100;
                });
            QCOMPARE(idsOf(m, rows), want);
        }
    }

    void jumpToLastRow()
    {
        for (bool positions : {false, true}) {
            RecordTableModel m(*m_admin, m_templates);
            m.setSynchronous(true);
            m.setPositionIndexEnabled(positions);
            m.setQuery({kDataset, u"nama"_qs, Qt::DescendingOrder});
            const QList<qint64> want = expected(m_admin->db(), "_deleted = 0", "nama DESC, _id DESC");
            QCOMPARE(m.index(m.rowCount() - 1, 0).data(RecordTableModel::RecordIdRole).toLongLong(), want.last());
            QCOMPARE(m.cachedPages(), 2); // the first page and the last: nothing in between was read
        }
    }

    void filterAndCount()
    {
        RecordTableModel m(*m_admin, m_templates);
        m.setSynchronous(true);
        RecordQuery q{kDataset};
        q.filters << ColumnFilter{u"kode_kecamatan"_qs, ColumnFilter::Kind::Equals, u"33.73.02"_qs, {}}
                  << ColumnFilter{u"nama"_qs, ColumnFilter::Kind::Contains, u"DI 1"_qs, {}};
        m.setQuery(q);
        const QList<qint64> want = expected(m_admin->db(),
                                            "_deleted = 0 AND kode_kecamatan = '33.73.02' AND nama LIKE '%di 1%'", "_id");
        QCOMPARE(m.rowCount(), want.size());
        QCOMPARE(idsOf(m, range(m.rowCount(), false)), want);
        q.filters = {ColumnFilter{u"tanggal_daftar"_qs, ColumnFilter::Kind::Empty, {}, {}}};
        m.setQuery(q);
        QCOMPARE(m.rowCount(), expected(m_admin->db(), "_deleted = 0 AND tanggal_daftar IS NULL", "_id").size());
        QCOMPARE(m.index(0, 21).data().toString(), QString());
        // Dates display as dd-MM-yyyy, EditRole is the stored value.
        m.setQuery({kDataset});
        const QString iso = m.index(0, 21).data(Qt::EditRole).toString();
        QCOMPARE(m.index(0, 21).data().toString(), QDate::fromString(iso, Qt::ISODate).toString(u"dd-MM-yyyy"_qs));
        QVERIFY_THROWS_EXCEPTION(Error, m.setQuery({kDataset, u"tempat_lahir"_qs})); // no index: not sortable
        QVERIFY(!m.isSortable(3));
        QVERIFY(m.isSortable(2));
    }

    // The dashboard's click-through: exactly the given records, in the grid's order, with other filters,
    // deleted and unknown ids left out.
    void filterByIdSet()
    {
        const QList<qint64> live = expected(m_admin->db(), "_deleted = 0", "_id");
        QVERIFY(live.size() > 300);
        QList<qint64> wanted;
        for (qsizetype i = 0; i < live.size(); i += 7)
            wanted << live.at(i);
        const qint64 deleted = expected(m_admin->db(), "_deleted = 1", "_id").value(0, -1);
        RecordTableModel m(*m_admin, m_templates);
        m.setSynchronous(true);
        RecordQuery q{kDataset, u"nama"_qs};
        QList<qint64> asked = wanted;
        asked << 999999999 << deleted << wanted.first(); // unknown and deleted: not shown; twice: once
        q.filters << ColumnFilter{{}, ColumnFilter::Kind::IdIn, QVariant::fromValue(asked), {}};
        m.setQuery(q);
        QStringList inList;
        for (qint64 id : wanted)
            inList << QString::number(id);
        const QByteArray in = "_deleted = 0 AND _id IN (" + inList.join(u',').toLatin1() + ')';
        QCOMPARE(m.rowCount(), wanted.size());
        QCOMPARE(idsOf(m, range(m.rowCount(), false)), expected(m_admin->db(), in, "nama, _id"));
        // Combined with another filter.
        q.filters << ColumnFilter{u"status"_qs, ColumnFilter::Kind::Equals, u"terdaftar"_qs, {}};
        m.setQuery(q);
        const QList<qint64> both = expected(m_admin->db(), in + " AND status = 'terdaftar'", "nama, _id");
        QVERIFY(!both.isEmpty() && both.size() < wanted.size());
        QCOMPARE(idsOf(m, range(m.rowCount(), false)), both);
        // No ids: no rows.
        q.filters = {ColumnFilter{{}, ColumnFilter::Kind::IdIn, QVariant::fromValue(QList<qint64>()), {}}};
        m.setQuery(q);
        QCOMPARE(m.rowCount(), 0);
    }

    void staleResultsAreIgnored()
    {
        RecordTableModel m(*m_admin, m_templates);
        RecordQuery a{kDataset};
        a.filters << ColumnFilter{u"status"_qs, ColumnFilter::Kind::Equals, u"ditempatkan"_qs, {}};
        RecordQuery b{kDataset, u"nama"_qs};
        b.filters << ColumnFilter{{}, ColumnFilter::Kind::HasProblems, {}, {}};
        QSignalSpy counts(&m, &RecordTableModel::countKnown);
        m.setQuery(a);
        m.setQuery(b); // before a's answers arrive
        QTRY_VERIFY(m.isCountKnown());
        QTRY_VERIFY(m.isPositionIndexReady());
        const QList<qint64> want = expected(
            m_admin->db(), "_deleted = 0 AND _id IN (SELECT _id FROM counts_pencari_kerja WHERE errors > 0)",
            "nama, _id");
        QCOMPARE(m.rowCount(), want.size());
        QCOMPARE(counts.size(), 1); // a's count, if computed, never reached the model
        QCOMPARE(counts.first().first().toInt(), want.size());
        for (int r = 0; r < m.rowCount(); r += 97) {
            QTRY_VERIFY(m.index(r, 0).data(RecordTableModel::RecordIdRole).isValid());
            QCOMPARE(m.index(r, 0).data(RecordTableModel::RecordIdRole).toLongLong(), want.at(r));
        }
    }

    void deletedRowsHidden()
    {
        RecordTableModel m(*m_admin, m_templates);
        m.setSynchronous(true);
        m.setQuery({kDataset});
        for (int r = 0; r < m.rowCount(); ++r)
            QVERIFY(!m.index(r, 0).data(RecordTableModel::DeletedRole).toBool());
        RecordQuery all{kDataset};
        all.includeDeleted = true;
        m.setQuery(all);
        QCOMPARE(m.rowCount(), kRows);
        QVERIFY(m.index(49, 0).data(RecordTableModel::DeletedRole).toBool());
        QCOMPARE(m.index(49, 0).data(RecordTableModel::RecordIdRole).toLongLong(), 50);
    }

    void piiMaskedForViewer()
    {
        m_admin->createUser(u"tamu"_qs, u"Tamu"_qs, Role::Viewer, u"Kunci-Rahasia-2026"_qs);
        std::unique_ptr<Session> viewer;
        {
            // One process opens a store once: log the admin out while the viewer works.
            m_admin.reset();
            viewer = loginAs(u"tamu"_qs);
        }
        const qint64 auditBefore = viewer->audit().count();
        RecordTableModel m(*viewer, m_templates);
        m.setSynchronous(true);
        m.setQuery({kDataset});
        const QString nik = m.index(0, 1).data().toString();
        QCOMPARE(nik.size(), 16);
        QVERIFY(nik.endsWith(u"**********"_qs));
        QVERIFY(nik.startsWith(u"3373"_qs));
        QCOMPARE(m.index(0, 2).data().toString().right(3), u"***"_qs);
        QCOMPARE(m.index(0, 2).data().toString().size(), 4);
        QCOMPARE(m.index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("\u2022\u2022\u2022"));
        QCOMPARE(m.index(0, 9).data().toString(), m.index(0, 9).data(Qt::EditRole).toString()); // not PII
        m.flushPiiAudit();
        QCOMPARE(viewer->audit().count(), auditBefore); // masked views are not PII views
        RecordQuery byNik{kDataset};
        byNik.filters << ColumnFilter{u"nik"_qs, ColumnFilter::Kind::Prefix, u"3373"_qs, {}};
        QVERIFY_THROWS_EXCEPTION(Error, m.setQuery(byNik));
        RecordQuery search{kDataset};
        search.quickSearch = u"Budi"_qs; // only non-PII search columns: none in pencari_kerja
        m.setQuery(search);
        QCOMPARE(m.rowCount(), 0);
        viewer.reset();
        m_admin = loginAs(u"admin"_qs);
    }

    void piiUnmaskedAndAuditedForWalidata()
    {
        m_admin->createUser(u"wali"_qs, u"Walidata"_qs, Role::Walidata, u"Kunci-Rahasia-2026"_qs);
        m_admin.reset();
        auto wali = loginAs(u"wali"_qs);
        const qint64 before = wali->audit().count();
        {
            RecordTableModel m(*wali, m_templates);
            m.setSynchronous(true);
            m.setQuery({kDataset});
            QVERIFY(!m.index(0, 1).data().toString().contains(u'*'));
            for (int r = 0; r < 450; ++r) // three pages, many cells each
                for (int c : {0, 1, 2})
                    QVERIFY(!m.index(r, c).data().toString().isEmpty() || c == 2);
            m.flushPiiAudit();
            QCOMPARE(wali->audit().count(), before + 3); // one entry per page, not per cell
            for (int r = 0; r < 450; ++r)
                m.index(r, 1).data();
            m.flushPiiAudit();
            QCOMPARE(wali->audit().count(), before + 3); // the same pages again: already logged
        }
        AuditFilter f;
        f.actionPrefix = u"pii.view"_qs;
        f.actor = u"wali"_qs;
        wali.reset();
        m_admin = loginAs(u"admin"_qs);
        const QList<AuditEntry> entries = m_admin->queryAudit(f);
        QCOMPARE(entries.size(), 3);
        const QJsonObject details = QJsonDocument::fromJson(entries.last().details.toUtf8()).object();
        QCOMPARE(entries.last().target, kDataset);
        QCOMPARE(details.value(u"ids"_qs).toArray().size(), RecordTableModel::kPageSize);
        QVERIFY(details.value(u"fields"_qs).toArray().contains(u"nik"_qs));
        QVERIFY(!entries.last().details.contains(u"3373"_qs)); // ids and field names, never values
        QVERIFY(m_admin->verifyAudit().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModel)
#include "tst_recordtablemodel.moc"
