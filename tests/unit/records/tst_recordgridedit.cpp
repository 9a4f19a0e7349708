#include "RecordsFixture.h"
#include "records/RecordService.h"
#include "records/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sinergi;

namespace {

const QString kDataset = QStringLiteral("pencari_kerja");
const QString kSeparator = QStringLiteral(" \u2014 ");

// A complete, valid AK/I card (synthetic: kecamatan 33.73.01, male born 17-05-1998).
QVariantMap jobSeeker(int n)
{
    return {{u"no_pendaftaran"_qs, QStringLiteral("AK1-%1").arg(n, 4, 10, QLatin1Char('0'))},
            {u"nik"_qs, QStringLiteral("337301170598%1").arg(n, 4, 10, QLatin1Char('0'))},
            {u"nama"_qs, QStringLiteral("Contoh %1").arg(n)},
            {u"tanggal_lahir"_qs, u"1998-05-17"_qs},
            {u"jenis_kelamin"_qs, u"L"_qs},
            {u"kode_kecamatan"_qs, u"33.73.01"_qs},
            {u"pendidikan"_qs, u"3000"_qs},
            {u"tanggal_daftar"_qs, u"2025-01-10"_qs},
            {u"berlaku_sampai"_qs, u"2027-01-10"_qs},
            {u"status"_qs, u"terdaftar"_qs}};
}

} // namespace

class TestRecordGridEdit : public QObject
{
    Q_OBJECT
    test::RecordsFixture m_fx;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RecordService> m_service;
    QList<qint64> m_ids;

    int column(const RecordTableModel &m, const QString &field) const
    {
        for (int c = 0; c < m.columnCount(); ++c)
            if (m.fieldName(c) == field)
                return c;
        return -1;
    }

    std::unique_ptr<RecordTableModel> model(bool editable = true)
    {
        auto m = std::make_unique<RecordTableModel>(*m_session, m_fx.m_templates);
        m->setSynchronous(true);
        m->setCodeLabels(&m_fx.m_codes, &m_fx.m_regions);
        if (editable)
            m->setRecordService(m_service.get());
        m->setQuery({kDataset});
        return m;
    }

    QVariantMap stored(qint64 id) const { return *m_service->get(kDataset, id); }

private slots:
    void init()
    {
        m_service.reset();
        m_session = m_fx.newStore();
        m_service =
            std::make_unique<RecordService>(*m_session, m_fx.m_templates, m_fx.m_validator, &m_fx.m_regions);
        m_ids.clear();
        for (int n = 1; n <= 450; ++n) // three pages
            m_ids << m_service->create(kDataset, jobSeeker(n));
    }

    void cleanup()
    {
        m_service.reset();
        m_session.reset();
    }

    // A code cell and a date cell written in place: only that row is read again (dataChanged for it, no
    // reset), the value is stored with a new version and a history entry, and the model tester is content.
    void setDataWritesOneFieldWithoutReset()
    {
        auto m = model();
        QAbstractItemModelTester tester(m.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy edited(m.get(), &RecordTableModel::recordEdited);
        const int row = 250; // second page
        const qint64 id = m->index(row, 0).data(RecordTableModel::RecordIdRole).toLongLong();
        const int versionBefore = m->index(row, 0).data(RecordTableModel::VersionRole).toInt();
        const int education = column(*m, u"pendidikan"_qs);
        const QModelIndex cell = m->index(row, education);
        QVERIFY(m->flags(cell) & Qt::ItemIsEditable);

        QVERIFY(m->setData(cell, u"5000"_qs));
        QCOMPARE(stored(id).value(u"pendidikan"_qs).toString(), u"5000"_qs);
        QCOMPARE(stored(id).value(u"_version"_qs).toInt(), versionBefore + 1);
        QCOMPARE(m->index(row, 0).data(RecordTableModel::VersionRole).toInt(), versionBefore + 1);
        QCOMPARE(cell.data(Qt::EditRole).toString(), u"5000"_qs);
        QCOMPARE(cell.data().toString(),
                 u"5000"_qs + kSeparator +
                     m_fx.m_codes.find(u"pendidikan_ipk"_qs)->label(u"5000"_qs, u"id"_qs));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), row);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().at(0).toLongLong(), id);
        // What validation found is reported with the edit, as the stored counts say.
        QCOMPARE(edited.first().at(2).toStringList().size(),
                 stored(id).value(u"_errors"_qs).toInt() + stored(id).value(u"_warnings"_qs).toInt());

        const int registered = column(*m, u"tanggal_daftar"_qs);
        QVERIFY(m->setData(m->index(row, registered), QDate(2025, 3, 4)));
        QCOMPARE(stored(id).value(u"tanggal_daftar"_qs).toString(), u"2025-03-04"_qs);
        QCOMPARE(m->index(row, registered).data().toString(), u"04-03-2025"_qs);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_service->history(kDataset, id).size(), 3); // create + two edits
        // The neighbours were not touched.
        QCOMPARE(m->index(row + 1, education).data(Qt::EditRole).toString(), u"3000"_qs);
    }

    void unchangedValueWritesNothing()
    {
        auto m = model();
        const qint64 id = m->index(0, 0).data(RecordTableModel::RecordIdRole).toLongLong();
        QVERIFY(m->setData(m->index(0, column(*m, u"status"_qs)), u"terdaftar"_qs));
        QCOMPARE(stored(id).value(u"_version"_qs).toInt(), 1);
        QCOMPARE(m_service->history(kDataset, id).size(), 1);
    }

    // As in the form: a value with validation errors is kept and the row is flagged; the officer is told.
    void invalidValueStoredAndFlagged()
    {
        auto m = model();
        QSignalSpy edited(m.get(), &RecordTableModel::recordEdited);
        const QModelIndex nik = m->index(3, column(*m, u"nik"_qs));
        QCOMPARE(nik.data(RecordTableModel::ProblemsRole).toInt(), 0);
        QVERIFY(m->setData(nik, u"12345"_qs));
        const qint64 id = nik.data(RecordTableModel::RecordIdRole).toLongLong();
        QCOMPARE(stored(id).value(u"nik"_qs).toString(), u"12345"_qs);
        QVERIFY(stored(id).value(u"_errors"_qs).toInt() > 0);
        QVERIFY(nik.data(RecordTableModel::ProblemsRole).toInt() > 0);
        QCOMPARE(edited.size(), 1);
        QVERIFY(!edited.first().at(2).toStringList().isEmpty());
    }

    // Someone else saved the record after the grid read it: the edit is refused with a clear message, the
    // row shows what is stored now, and a second try (with the new version) succeeds.
    void versionConflictReloadsRow()
    {
        auto m = model();
        QSignalSpy failed(m.get(), &RecordTableModel::editFailed);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        const int name = column(*m, u"nama"_qs);
        const qint64 id = m->index(5, 0).data(RecordTableModel::RecordIdRole).toLongLong();
        m_service->update(kDataset, id, {{u"nama"_qs, u"Diubah Petugas Lain"_qs}});
        QVERIFY(!m->setData(m->index(5, name), u"Nama Saya"_qs));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(u"changed by someone else"_qs));
        QCOMPARE(stored(id).value(u"nama"_qs).toString(), u"Diubah Petugas Lain"_qs);
        QCOMPARE(m->index(5, name).data().toString(), u"Diubah Petugas Lain"_qs);
        QCOMPARE(m->index(5, 0).data(RecordTableModel::VersionRole).toInt(), 2);
        QVERIFY(m->setData(m->index(5, name), u"Nama Saya"_qs));
        QCOMPARE(stored(id).value(u"nama"_qs).toString(), u"Nama Saya"_qs);
        QCOMPARE(reset.size(), 0);
    }

    void deletedRowsAndReadOnlyModelsNotEditable()
    {
        m_service->remove(kDataset, m_ids.at(0));
        {
            auto m = model();
            QVERIFY(m->flags(m->index(0, 0)) & Qt::ItemIsEditable);
            RecordQuery all{kDataset};
            all.includeDeleted = true;
            m->setQuery(all);
            QCOMPARE(m->index(0, 0).data(RecordTableModel::DeletedRole).toBool(), true);
            QVERIFY(!(m->flags(m->index(0, 2)) & Qt::ItemIsEditable));
            QVERIFY(!m->setData(m->index(0, 2), u"X"_qs));
            QVERIFY(m->flags(m->index(1, 2)) & Qt::ItemIsEditable);
        }
        auto readOnly = model(false); // no record service: a browsing grid
        QVERIFY(!(readOnly->flags(readOnly->index(0, 2)) & Qt::ItemIsEditable));
        QVERIFY(!readOnly->setData(readOnly->index(0, 2), u"X"_qs));
        QVERIFY(stored(m_ids.at(1)).value(u"nama"_qs).toString().startsWith(u"Contoh"_qs));
    }

    // A viewer (no EditRecords, no ViewPii) edits nothing, even with a service given; masked cells show
    // the mask, never the value, and code cells still show their labels.
    void viewerCannotEdit()
    {
        m_session->createUser(u"tamu"_qs, u"Tamu"_qs, Role::Viewer, u"Kunci-Rahasia-2026"_qs);
        const StoreLocation where{m_fx.m_tmp.filePath(QStringLiteral("s%1").arg(m_fx.m_n))};
        m_service.reset();
        m_session.reset();
        m_session = Session::login(where, u"tamu"_qs, u"Kunci-Rahasia-2026"_qs);
        m_service =
            std::make_unique<RecordService>(*m_session, m_fx.m_templates, m_fx.m_validator, &m_fx.m_regions);
        auto m = model();
        for (int c = 0; c < m->columnCount(); ++c)
            QVERIFY(!(m->flags(m->index(0, c)) & Qt::ItemIsEditable));
        QVERIFY(!m->setData(m->index(0, column(*m, u"status"_qs)), u"ditempatkan"_qs));
        QCOMPARE(m->index(0, column(*m, u"jenis_kelamin"_qs)).data().toString(),
                 u"L"_qs + kSeparator + u"Laki-laki"_qs);
        QVERIFY(
            !m->index(0, column(*m, u"agama"_qs)).data(Qt::ToolTipRole).isValid()); // PII code: no label leak
    }

    // Code cells: "code — label" in the UI language (from the code lists and the region catalogue), the raw
    // code for editing, and the sort order of the codes.
    void codeLabelsShown()
    {
        auto m = model();
        const int sex = column(*m, u"jenis_kelamin"_qs);
        const int kecamatan = column(*m, u"kode_kecamatan"_qs);
        QCOMPARE(m->index(0, sex).data().toString(), u"L"_qs + kSeparator + u"Laki-laki"_qs);
        QCOMPARE(m->index(0, sex).data(Qt::EditRole).toString(), u"L"_qs);
        QCOMPARE(m->index(0, sex).data(Qt::ToolTipRole).toString(), m->index(0, sex).data().toString());
        const QString kec = m_fx.m_regions.find(u"33.73.01"_qs)->name;
        QVERIFY(!kec.isEmpty());
        QCOMPARE(m->index(0, kecamatan).data().toString(), u"33.73.01"_qs + kSeparator + kec);
        QSignalSpy reset(m.get(), &QAbstractItemModel::modelReset);
        m->setLanguage(u"en"_qs);
        QCOMPARE(m->index(0, sex).data().toString(), u"L"_qs + kSeparator + u"Male"_qs);
        QCOMPARE(reset.size(), 0);
        // Unknown codes show as stored (validation flags them).
        m_service->update(kDataset, m_ids.at(0), {{u"jenis_kelamin"_qs, u"X"_qs}});
        m->refresh();
        QCOMPARE(m->index(0, sex).data().toString(), u"X"_qs);
        // Sorting stays by code: pendidikan 5000 sorts after 3000.
        m_service->update(kDataset, m_ids.at(1), {{u"pendidikan"_qs, u"1000"_qs}});
        m->sort(column(*m, u"pendidikan"_qs), Qt::AscendingOrder);
        QCOMPARE(m->index(0, column(*m, u"pendidikan"_qs)).data(Qt::EditRole).toString(), u"1000"_qs);
        QCOMPARE(m->index(0, 0).data(RecordTableModel::RecordIdRole).toLongLong(), m_ids.at(1));
    }
};

QTEST_GUILESS_MAIN(TestRecordGridEdit)
#include "tst_recordgridedit.moc"
