#include "CliRunner.h"
#include "TestSupport.h"

#include "importing/XlsxReader.h"
#include "session/Session.h"
#include "smdata/OfflinePackage.h"
#include "smdata/Outbox.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sinergi;

// sinergi-cli batch build|list|status|export on a real store: an unapproved month is refused, who may
// build, the dry run queues nothing, a queued batch is listed and described, and both offline exports.
class TestCliBatch : public QObject, private CliStoreFixture
{
    Q_OBJECT

    static constexpr auto kUserPassword = "Kenanga-Sore-02";
    QString m_batchId;

    Result as(const QString &user, QStringList args) const
    {
        args << u"--store"_qs << m_store << u"--user"_qs << user << u"--password-stdin"_qs;
        return cli(args, QByteArray(kUserPassword) + '\n');
    }

    std::unique_ptr<Session> admin() const
    {
        return Session::login(StoreLocation{m_store}, u"admin"_qs, QString::fromLatin1(kPassword));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(runner().init().code, 0);
        auto session = admin();
        session->createUser(u"wali"_qs, u"Walidata"_qs, Role::Walidata, QString::fromLatin1(kUserPassword));
        session->createUser(u"ops"_qs, u"Operator"_qs, Role::Operator, QString::fromLatin1(kUserPassword));
        session->setSetting(u"office.regency"_qs, u"33.74"_qs);
        session.reset();
        QByteArray csv = "no_pendaftaran,nik,nama,tanggal_lahir,jenis_kelamin,kode_kecamatan,pendidikan,"
                         "tanggal_daftar,berlaku_sampai,status\n";
        const QStringList dates{u"2025-06-05"_qs, u"2025-06-11"_qs, u"2025-06-20"_qs, u"2025-07-07"_qs};
        for (int i = 0; i < dates.size(); ++i) {
            const QDate d = QDate::fromString(dates.at(i), Qt::ISODate);
            csv +=
                QStringLiteral("AK-%1,33740112039500%2,Warga %1,1995-03-12,L,33.74.01,5000,%3,%4,terdaftar\n")
                    .arg(i + 1)
                    .arg(i + 21, 2, 10, QLatin1Char('0'))
                    .arg(dates.at(i), d.addYears(2).toString(Qt::ISODate))
                    .toUtf8();
        }
        test::writeAll(m_tmp.filePath(u"seekers.csv"_qs), csv);
        const Result r = asAdmin({u"import"_qs, u"pencari_kerja"_qs, m_tmp.filePath(u"seekers.csv"_qs)});
        QVERIFY2(r.code == 0 || r.code == 5, qPrintable(r.err));
    }

    void refusesBeforeApprovalAndForOperators()
    {
        Result r = as(u"wali"_qs, {u"batch"_qs, u"build"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--period"_qs));
        r = as(u"wali"_qs, {u"batch"_qs, u"build"_qs, u"--period"_qs, u"2025-S1"_qs});
        QCOMPARE(r.code, 1);
        r = as(u"wali"_qs, {u"batch"_qs, u"build"_qs, u"--period"_qs, u"2025-06"_qs, u"--dry-run"_qs});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"2025-06"_qs), qPrintable(r.err));

        r = as(u"wali"_qs, {u"period"_qs, u"approve"_qs, u"--period"_qs, u"2025-06"_qs, u"--note"_qs,
                            u"ok"_qs, u"--acknowledge-errors"_qs});
        QCOMPARE(r.code, 0);
        r = as(u"ops"_qs, {u"batch"_qs, u"build"_qs, u"--period"_qs, u"2025-06"_qs, u"--dry-run"_qs});
        QCOMPARE(r.code, 4);
        r = as(u"ops"_qs, {u"batch"_qs, u"list"_qs});
        QCOMPARE(r.code, 4);
    }

    void dryRunShowsTheReportAndQueuesNothing()
    {
        const Result r =
            as(u"wali"_qs, {u"batch"_qs, u"build"_qs, u"--period"_qs, u"2025-06"_qs, u"--dry-run"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"pencari_kerja"_qs) && r.out.contains(u"33.74"_qs), qPrintable(r.out));
        QVERIFY(r.out.contains(u"nik"_qs));        // named among the pseudonymised fields
        QVERIFY(r.out.contains(u"to send: 3"_qs)); // the three June job seekers, not the July one
        auto session = admin();
        QVERIFY(smdata::Outbox(session->db()).all().isEmpty());
    }

    void buildQueuesAndListsAndDescribes()
    {
        Result r = as(u"wali"_qs, {u"batch"_qs, u"build"_qs, u"--period"_qs, u"2025-06"_qs});
        QCOMPARE(r.code, 0);
        const QRegularExpressionMatch m =
            QRegularExpression(u"queued as batch ([0-9a-f-]{36})"_qs).match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        m_batchId = m.captured(1);

        r = as(u"wali"_qs, {u"batch"_qs, u"list"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(m_batchId + u"\t2025-06\tqueued"_qs));

        r = as(u"wali"_qs, {u"batch"_qs, u"status"_qs, m_batchId});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"0 of 1 acknowledged"_qs));
        QVERIFY(r.out.contains(u"receipt\tnone"_qs));
        r = as(u"wali"_qs, {u"batch"_qs, u"status"_qs, u"no-such-batch"_qs});
        QCOMPARE(r.code, 1);
        r = as(u"wali"_qs, {u"batch"_qs, u"status"_qs, m_batchId, u"--verify"_qs});
        QCOMPARE(r.code, 5); // no receipt yet
    }

    void exportsXlsxAndSignedFile()
    {
        const QString xlsx = m_tmp.filePath(u"batch.xlsx"_qs);
        Result r = as(u"wali"_qs,
                      {u"batch"_qs, u"export"_qs, m_batchId, u"--format"_qs, u"xlsx"_qs, u"--out"_qs, xlsx});
        QCOMPARE(r.code, 0);
        XlsxReader reader(xlsx);
        QVERIFY(reader.sheetNames().contains(u"pencari_kerja"_qs));
        QVERIFY(reader.sheetNames().contains(u"keterangan"_qs));
        reader.selectSheet(int(reader.sheetNames().indexOf(u"pencari_kerja"_qs)));
        QVERIFY(reader.header().contains(u"NIK"_qs));
        QVERIFY(!reader.header().contains(u"Nama"_qs));
        QStringList row;
        int rows = 0;
        while (reader.next(row))
            ++rows;
        QCOMPARE(rows, 3);

        const QString sealed = m_tmp.filePath(u"batch.sinergi"_qs);
        r = as(u"wali"_qs,
               {u"batch"_qs, u"export"_qs, m_batchId, u"--format"_qs, u"signed"_qs, u"--out"_qs, sealed});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--recipient-key"_qs));
        r = as(u"wali"_qs, {u"batch"_qs, u"export"_qs, m_batchId, u"--format"_qs, u"signed"_qs, u"--out"_qs,
                            sealed, u"--recipient-key"_qs, u"bm90IGEga2V5"_qs});
        QCOMPARE(r.code, 1);
        const receipt::KeyPair ministry = receipt::generateKeyPair();
        test::writeAll(m_tmp.filePath(u"ministry.pub"_qs), ministry.publicKey.toBase64() + '\n');
        r = as(u"wali"_qs, {u"batch"_qs, u"export"_qs, m_batchId, u"--format"_qs, u"signed"_qs, u"--out"_qs,
                            sealed, u"--recipient-key"_qs, u"@"_qs + m_tmp.filePath(u"ministry.pub"_qs)});
        QCOMPARE(r.code, 0);
        QFile file(sealed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const smdata::OfflinePackage::Contents contents =
            smdata::OfflinePackage::open(file.readAll(), ministry);
        auto session = admin();
        const std::optional<smdata::OutboxBatch> queued = smdata::Outbox(session->db()).find(m_batchId);
        QVERIFY(queued);
        QCOMPARE(contents.manifestBytes, queued->manifestBytes);
        QCOMPARE(contents.signerKeyId, receipt::keyId(contents.signerPublicKey));
        // Without --recipient-key the newest pinned receipt key of the SMData settings is the recipient.
        session.reset();
        r = as(u"wali"_qs, {u"smdata"_qs, u"settings"_qs, u"--receipt-key"_qs,
                            QString::fromLatin1(ministry.publicKey.toBase64())});
        QCOMPARE(r.code, 0);
        const QString byDefault = m_tmp.filePath(u"default.sinergi"_qs);
        r = as(u"wali"_qs,
               {u"batch"_qs, u"export"_qs, m_batchId, u"--format"_qs, u"signed"_qs, u"--out"_qs, byDefault});
        QCOMPARE(r.code, 0);
        QFile second(byDefault);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(smdata::OfflinePackage::open(second.readAll(), ministry).manifestBytes,
                 queued->manifestBytes);
        session = admin();
        AuditFilter filter;
        filter.actionPrefix = u"smdata.batch."_qs;
        const QList<AuditEntry> entries = session->queryAudit(filter);
        QCOMPARE(entries.size(), 4); // built, then exported three times
        QCOMPARE(entries.first().action, u"smdata.batch.export"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
