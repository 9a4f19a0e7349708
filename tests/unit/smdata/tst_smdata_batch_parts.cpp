// The small pieces of the batch builder on their own: JSON text written by hand reads back as the same
// values, parts are cut at exact byte offsets with the right hashes, and pseudonyms are HMAC-SHA-256.
#include "common/Error.h"
#include "smdata/JsonText.h"
#include "smdata/PartWriter.h"
#include "smdata/Pseudonymiser.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace sinergi;
using namespace sinergi::smdata;

class TestSmdataBatchParts : public QObject
{
    Q_OBJECT

private slots:
    void stringsReadBackUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Kota Salatiga"_qs;
        QTest::newRow("quotes and backslash") << u"PT \"Maju\" \\ Jaya"_qs;
        QTest::newRow("line breaks and tab") << u"baris 1\nbaris 2\r\n\tmasuk"_qs;
        QTest::newRow("control characters") << QString::fromUtf8("a\x01"
                                                                 "b\x1f"
                                                                 "c\x7f");
        QTest::newRow("non-ASCII") << u"Ngaliyan – Semarang, ĀĒ 漢字 😀"_qs;
        QTest::newRow("empty") << QString();
    }
    void stringsReadBackUnchanged()
    {
        QFETCH(QString, text);
        QByteArray json = "{\"v\":";
        jsontext::appendString(json, text.toUtf8());
        json += '}';
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"v"_qs).toString(), text);
        QVERIFY(!json.contains('\n') && !json.contains('\r')); // one line stays one line
    }

    void numbers()
    {
        for (qint64 v : {qint64(0), qint64(-7), qint64(3500000), std::numeric_limits<qint64>::max()}) {
            QByteArray out;
            jsontext::appendInteger(out, v);
            QCOMPARE(out, QByteArray::number(v));
        }
        for (double v : {0.1, 2.5, 3500000.0, -1e-7, 123456789.125}) {
            QByteArray out;
            QVERIFY(jsontext::appendReal(out, v));
            QCOMPARE(out.toDouble(), v); // shortest form that reads back exactly
        }
        QByteArray out;
        QVERIFY(!jsontext::appendReal(out, std::nan("")));
        QVERIFY(!jsontext::appendReal(out, std::numeric_limits<double>::infinity()));
        QVERIFY(out.isEmpty());
    }

    void partsAreByteRangesWithTheirHashes()
    {
        QRandomGenerator rng(6);
        QByteArray all;
        PartWriter writer(1000);
        for (int i = 0; i < 500; ++i) {
            QByteArray chunk(rng.bounded(1, 2500), Qt::Uninitialized);
            for (char &c : chunk)
                c = char(rng.bounded(256));
            writer.append(chunk);
            all += chunk;
        }
        QCOMPARE(writer.totalBytes(), all.size());
        const PartWriter::Result r = writer.finish();
        QCOMPARE(r.totalBytes, all.size());
        QCOMPARE(r.parts.size(), (all.size() + 999) / 1000);
        QCOMPARE(r.partSha256.size(), r.parts.size());
        for (qsizetype i = 0; i < r.parts.size(); ++i) {
            QCOMPARE(r.parts.at(i), all.mid(i * 1000, 1000));
            QCOMPARE(r.partSha256.at(i),
                     QString::fromLatin1(
                         QCryptographicHash::hash(r.parts.at(i), QCryptographicHash::Sha256).toHex()));
        }
        QCOMPARE(r.contentSha256,
                 QString::fromLatin1(QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex()));

        PartWriter exact(4);
        exact.append("abcdefgh");
        const PartWriter::Result two = exact.finish();
        QCOMPARE(two.parts, (QList<QByteArray>{"abcd", "efgh"})); // no empty last part
    }

    void pseudonymsAreHmacSha256()
    {
        const QByteArray key(32, '\x5a');
        const Pseudonymiser p(SecureBuffer::fromBytes(key.constData(), size_t(key.size())));
        for (const QByteArray &value :
             {QByteArray("3374011203950021"), QByteArray(""), QByteArray("AK/I-2025/0001")}) {
            QCOMPARE(p.hex(value),
                     QMessageAuthenticationCode::hash(value, key, QCryptographicHash::Sha256).toHex());
            QCOMPARE(p.hex(value), p.hex(value)); // the same value, the same pseudonym
        }
        QVERIFY_THROWS_EXCEPTION(Error, Pseudonymiser(SecureBuffer::fromBytes("short", 5)));
    }
};

QTEST_GUILESS_MAIN(TestSmdataBatchParts)
#include "tst_smdata_batch_parts.moc"
