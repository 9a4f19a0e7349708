// What the SMData client and the sandbox share on the wire: gzip bodies and the receipt signature.
#include "common/Error.h"
#include "common/Sha256.h"
#include "smdata/Gzip.h"
#include "smdata/ReceiptCrypto.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sinergi;

class TestSmdataWire : public QObject
{
    Q_OBJECT

private slots:
    // Every hash of the protocol (parts, content, manifest) goes through Sha256 (libcrypto): the FIPS 180-2
    // test vectors, and incremental hashing across odd chunk sizes equal to one call and to Qt's hash.
    void sha256KnownAnswers()
    {
        QCOMPARE(Sha256::hashHex(""), u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_qs);
        QCOMPARE(Sha256::hashHex("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_qs);
        QCOMPARE(Sha256::hashHex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_qs);
        QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (char &c : big)
            c = char(rng.bounded(256));
        Sha256 incremental;
        for (qsizetype at = 0, step = 1; at < big.size(); at += step, step = step * 3 % 65521 + 1)
            incremental.addData(QByteArrayView(big.constData() + at, std::min(step, big.size() - at)));
        const QByteArray expected = QCryptographicHash::hash(big, QCryptographicHash::Sha256);
        QCOMPARE(incremental.result(), expected);
        QCOMPARE(Sha256::hash(big), expected);
    }

    void gzipRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("{\"dataset\":\"penempatan\",\"record\":{}}\n").repeated(1000);
        QByteArray random(300 * 1024, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("incompressible, several inflate chunks") << random;
    }
    void gzipRoundTrip()
    {
        QFETCH(QByteArray, data);
        const QByteArray packed = gzip::compress(data);
        QVERIFY(packed.startsWith("\x1f\x8b")); // the gzip magic, not zlib's or qCompress's header
        const gzip::Inflated back = gzip::decompress(packed, data.size());
        QCOMPARE(back.status, gzip::InflateStatus::Ok);
        QCOMPARE(back.data, data);
    }

    void gzipIsReadableByTheGzipTool()
    {
        if (QStandardPaths::findExecutable(u"gzip"_qs).isEmpty())
            QSKIP("no gzip executable");
        const QByteArray data = QByteArray("Sinergi ").repeated(500);
        QProcess gz;
        gz.start(u"gzip"_qs, {u"-dc"_qs});
        gz.write(gzip::compress(data));
        gz.closeWriteChannel();
        QVERIFY(gz.waitForFinished(5000));
        QCOMPARE(gz.readAllStandardOutput(), data);
    }

    void gzipRefusesBadInput()
    {
        const QByteArray data = QByteArray("abcdefgh").repeated(4096);
        const QByteArray packed = gzip::compress(data);
        QCOMPARE(gzip::decompress(packed.left(packed.size() - 10), 1 << 20).status,
                 gzip::InflateStatus::Invalid);
        QCOMPARE(gzip::decompress(packed + "trailing", 1 << 20).status, gzip::InflateStatus::Invalid);
        QCOMPARE(gzip::decompress("not gzip at all", 1 << 20).status, gzip::InflateStatus::Invalid);
        QByteArray flipped = packed;
        flipped[flipped.size() - 6] = char(flipped[flipped.size() - 6] ^ 0xff); // the CRC32 trailer
        QCOMPARE(gzip::decompress(flipped, 1 << 20).status, gzip::InflateStatus::Invalid);
    }

    void gzipStopsAtTheLimit()
    {
        const QByteArray zeros(10 * 1024 * 1024, '\0');
        const QByteArray bomb = gzip::compress(zeros, 9);
        QVERIFY(bomb.size() < 20 * 1024);
        QCOMPARE(gzip::decompress(bomb, zeros.size() - 1).status, gzip::InflateStatus::TooLarge);
        QCOMPARE(gzip::decompress(bomb, zeros.size()).status, gzip::InflateStatus::Ok);
    }

    void receiptSignAndVerify()
    {
        const receipt::KeyPair keys = receipt::generateKeyPair();
        QCOMPARE(keys.publicKey.size(), receipt::kPublicKeyBytes);
        const QByteArray payload =
            "{\"receipt_version\":1,\"batch_id\":\"6f1c2a9e-8d4b-4f7a-9c3e-2b5d7e1f0a44\"}";
        const QByteArray signature = receipt::sign(payload, keys.secretKey);
        QCOMPARE(signature.size(), receipt::kSignatureBytes);
        QVERIFY(receipt::verify(payload, signature, keys.publicKey));
        for (qsizetype i = 0; i < payload.size(); ++i) {
            QByteArray tampered = payload;
            tampered[i] = char(tampered[i] ^ 0x01);
            QVERIFY2(!receipt::verify(tampered, signature, keys.publicKey), qPrintable(QString::number(i)));
        }
        QVERIFY(!receipt::verify(payload, signature.left(63), keys.publicKey));
        QVERIFY(!receipt::verify(payload, signature, keys.publicKey.left(31)));
        QVERIFY(!receipt::verify(payload, signature, receipt::generateKeyPair().publicKey));
    }

    void signedMessageIsDomainSeparated()
    {
        const QByteArray message = receipt::signedMessage("{}");
        QCOMPARE(message, QByteArray("sinergi-smdata-receipt-v1\0{}", 28));
    }

    void keyIdAndStoredSecret()
    {
        const receipt::KeyPair keys = receipt::generateKeyPair();
        const QString id = receipt::keyId(keys.publicKey);
        QCOMPARE(id,
                 QString::fromLatin1(
                     QCryptographicHash::hash(keys.publicKey, QCryptographicHash::Sha256).left(8).toHex()));
        const QByteArray secret(reinterpret_cast<const char *>(keys.secretKey.data()),
                                static_cast<qsizetype>(keys.secretKey.size()));
        const receipt::KeyPair restored = receipt::keyPairFromSecret(secret);
        QCOMPARE(restored.publicKey, keys.publicKey);
        QVERIFY(receipt::verify("x", receipt::sign("x", restored.secretKey), keys.publicKey));
        bool threw = false;
        try {
            receipt::keyPairFromSecret(secret.left(32));
        } catch (const Error &e) {
            threw = e.code() == ErrorCode::InvalidArgument;
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestSmdataWire)
#include "tst_smdata_wire.moc"
