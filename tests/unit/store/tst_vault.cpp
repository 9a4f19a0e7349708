#include "TestSupport.h"
#include "store/KeySlotFile.h"
#include "store/RecoveryCode.h"
#include "store/Transaction.h"
#include "store/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace sinergi;
using namespace sinergi::test;

namespace {

SecureBuffer pw(const char *s)
{
    return SecureBuffer::fromString(QString::fromLatin1(s));
}

void putMarker(Database &db, const QString &value)
{
    auto s =
        db.prepare("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('marker', ?1, 'now')");
    s.bind(1, value).exec();
}

QString marker(Database &db)
{
    return db.scalar("SELECT value FROM settings WHERE key='marker'").toString();
}

// Rewrites the key file's body with `edit` and recomputes the unkeyed checksum, like an attacker who
// knows the format but not the data key would.
void editKeyFileBody(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject file = QJsonDocument::fromJson(readAll(path)).object();
    QJsonObject body = file.value(u"body"_qs).toObject();
    edit(body);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    unsigned char h[32];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    file.insert(u"body"_qs, body);
    file.insert(u"checksum"_qs, QString::fromLatin1(QByteArray(reinterpret_cast<char *>(h), 32).toHex()));
    writeAll(path, QJsonDocument(file).toJson());
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;

    StoreLocation freshLocation() { return {m_tmp.filePath(QStringLiteral("store%1").arg(++m_n))}; }

    StoreLocation makeStore(QString *code = nullptr)
    {
        const StoreLocation where = freshLocation();
        QString c;
        auto v = Vault::create(where, u"admin"_qs, pw("correct horse 1"), KdfParams::minimal(), &c);
        putMarker(v->db(), u"kept-data"_qs);
        if (code)
            *code = c;
        return where;
    }

private slots:
    void calibratedParametersAreSane()
    {
        // Not a timing test (that is `sinergi-bench unlock`): the shape of what calibration returns.
        const KdfParams p = KdfParams::calibrated(0.2);
        QCOMPARE(p.opsLimit, std::uint64_t{3});
        QVERIFY(p.memLimitBytes >= std::size_t{64} * 1024 * 1024);
        QVERIFY(p.memLimitBytes <= std::size_t{1024} * 1024 * 1024);
        QCOMPARE(p.memLimitBytes % (1024 * 1024), std::size_t{0});
        const KdfParams back = KdfParams::fromJson(p.toJson());
        QCOMPARE(back.opsLimit, p.opsLimit);
        QCOMPARE(back.memLimitBytes, p.memLimitBytes);
        // A slot file asking for absurd costs is refused rather than obeyed.
        QJsonObject huge = p.toJson();
        huge.insert(u"mem"_qs, qint64{64} * 1024 * 1024 * 1024);
        QCOMPARE(codeOf([&] { KdfParams::fromJson(huge); }), ErrorCode::SlotFileCorrupt);
    }

    void createAndUnlock()
    {
        const StoreLocation where = makeStore();
        QCOMPARE(Vault::slotUsers(where), QStringList{u"admin"_qs});
        auto v = Vault::unlock(where, u"ADMIN"_qs, pw("correct horse 1")); // names are case-insensitive
        QCOMPARE(marker(v->db()), u"kept-data"_qs);
        QVERIFY(v->checkPassword(u"admin"_qs, pw("correct horse 1")));
        QVERIFY(!v->checkPassword(u"admin"_qs, pw("wrong")));
    }

    void createRefusesExistingStore()
    {
        const StoreLocation where = makeStore();
        QCOMPARE(
            codeOf([&] { Vault::create(where, u"x"_qs, pw("yyyyyyyyyyyy"), KdfParams::minimal(), nullptr); }),
            ErrorCode::AlreadyExists);
        auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
        QCOMPARE(marker(v->db()), u"kept-data"_qs);
    }

    void wrongPasswordAndUnknownUser()
    {
        const StoreLocation where = makeStore();
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 2")); }),
                 ErrorCode::WrongPassword);
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"nobody"_qs, pw("correct horse 1")); }),
                 ErrorCode::WrongPassword);
        auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
        QCOMPARE(marker(v->db()), u"kept-data"_qs);
    }

    void recoveryCode()
    {
        QString code;
        const StoreLocation where = makeStore(&code);
        QCOMPARE(code.size(), 39); // 8 groups of 4 + 7 dashes
        QCOMPARE(codeOf([&] { Vault::unlockWithRecoveryCode(where, RecoveryCode::generate()); }),
                 ErrorCode::WrongRecoveryCode);
        QCOMPARE(codeOf([&] { Vault::unlockWithRecoveryCode(where, u"not a code"_qs); }),
                 ErrorCode::WrongRecoveryCode);
        // Typed sloppily: lower case, spaces instead of dashes.
        QString sloppy = code.toLower();
        sloppy.replace(u'-', u' ');
        auto v = Vault::unlockWithRecoveryCode(where, sloppy);
        QCOMPARE(marker(v->db()), u"kept-data"_qs);
        const QString newCode = v->regenerateRecoveryCode(KdfParams::minimal());
        v.reset();
        QCOMPARE(codeOf([&] { Vault::unlockWithRecoveryCode(where, code); }), ErrorCode::WrongRecoveryCode);
        QVERIFY(Vault::unlockWithRecoveryCode(where, newCode));
    }

    void addAndRemoveSlots()
    {
        const StoreLocation where = makeStore();
        {
            auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
            v->setUserSlot(u"siti"_qs, pw("siti password 1"), KdfParams::minimal());
            QVERIFY(v->hasUserSlot(u"siti"_qs));
        }
        {
            auto v = Vault::unlock(where, u"siti"_qs, pw("siti password 1"));
            QCOMPARE(marker(v->db()), u"kept-data"_qs);
            v->setUserSlot(u"siti"_qs, pw("siti password 2"), KdfParams::minimal()); // change password
        }
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"siti"_qs, pw("siti password 1")); }),
                 ErrorCode::WrongPassword);
        {
            auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
            v->removeUserSlot(u"siti"_qs);
        }
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"siti"_qs, pw("siti password 2")); }),
                 ErrorCode::WrongPassword);
    }

    void secondOpenIsLocked()
    {
        const StoreLocation where = makeStore();
        auto first = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::Locked);
        first.reset();
        QVERIFY(Vault::unlock(where, u"admin"_qs, pw("correct horse 1")));
    }

    void slotFileDamagedIsCorrupt()
    {
        const StoreLocation where = makeStore();
        QByteArray bytes = readAll(where.slotPath());
        const qsizetype at = bytes.indexOf("\"ops\"");
        QVERIFY(at > 0);
        bytes.replace(at, 5, "\"oqs\"");
        writeAll(where.slotPath(), bytes);
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::SlotFileCorrupt);
        writeAll(where.slotPath(), "{ not json");
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::SlotFileCorrupt);
        QCOMPARE(codeOf([&] { Vault::slotUsers(where); }), ErrorCode::SlotFileCorrupt);
    }

    void slotMetadataEditFailsTheSlot()
    {
        // Lowering the KDF cost (with a valid checksum) must not give a cheaper way in: the AEAD binds it.
        const StoreLocation where = makeStore();
        editKeyFileBody(where.slotPath(), [](QJsonObject &body) {
            QJsonArray slotArray = body.value(u"slots"_qs).toArray();
            QJsonObject s = slotArray[0].toObject();
            QJsonObject kdf = s.value(u"kdf"_qs).toObject();
            kdf.insert(u"ops"_qs, kdf.value(u"ops"_qs).toInteger() + 1);
            s.insert(u"kdf"_qs, kdf);
            slotArray[0] = s;
            body.insert(u"slots"_qs, slotArray);
        });
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::WrongPassword);
    }

    void slotFileEditWithValidChecksumIsTampered()
    {
        // Removing the recovery slot (checksum recomputed) leaves the admin slot valid, but the MAC under the
        // data key no longer matches: detected after unlock, not trusted.
        const StoreLocation where = makeStore();
        editKeyFileBody(where.slotPath(), [](QJsonObject &body) {
            QJsonArray slotArray = body.value(u"slots"_qs).toArray();
            QJsonArray kept;
            for (const QJsonValue &v : slotArray)
                if (v.toObject().value(u"kind"_qs).toString() == u"user"_qs)
                    kept.append(v);
            body.insert(u"slots"_qs, kept);
        });
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::SlotFileTampered);
    }

    void missingKeyFile()
    {
        const StoreLocation where = makeStore();
        QFile::remove(where.slotPath());
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::NotFound);
        QCOMPARE(codeOf([&] { Vault::unlock(freshLocation(), u"admin"_qs, pw("x")); }), ErrorCode::NotFound);
    }

    void storeDamage()
    {
        const StoreLocation where = makeStore();
        {
            auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
            v->db().checkpointTruncate();
        }
        const QByteArray original = readAll(where.storePath());
        flipByte(where.storePath(), 100); // page 1: the authenticated key no longer opens it
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::Corrupted);
        writeAll(where.storePath(), original.left(original.size() - 4096));
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::Corrupted);
        writeAll(where.storePath(), QByteArray("SQLite format 3\0", 16) + QByteArray(4080, 'x'));
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::NotAStore);
        writeAll(where.storePath(), original);
        auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
        QCOMPARE(marker(v->db()), u"kept-data"_qs);
    }

    void otherStoresFileIsNotThisStore()
    {
        const StoreLocation a = makeStore();
        const StoreLocation b = makeStore();
        QFile::remove(a.storePath());
        QFile::copy(b.storePath(), a.storePath());
        QCOMPARE(codeOf([&] { Vault::unlock(a, u"admin"_qs, pw("correct horse 1")); }), ErrorCode::Corrupted);
    }

    void readOnlyLocation()
    {
        const StoreLocation where = makeStore();
        ReadOnlyDir guard(where.dir);
        if (!guard.active())
            QSKIP("cannot make a directory read-only here");
        QCOMPARE(codeOf([&] { Vault::unlock(where, u"admin"_qs, pw("correct horse 1")); }),
                 ErrorCode::ReadOnly);
        const StoreLocation inside{where.dir + u"/sub"_qs};
        QCOMPARE(codeOf([&] {
                     Vault::create(inside, u"a"_qs, pw("aaaaaaaaaaaa"), KdfParams::minimal(), nullptr);
                 }),
                 ErrorCode::ReadOnly);
    }

    void rotateDataKey()
    {
        QString code;
        const StoreLocation where = makeStore(&code);
        const SecureBuffer oldKey = [&] {
            // The old key, recovered the way an attacker with an old copy of the key file would.
            const KeySlotFile file = KeySlotFile::load(where.slotPath());
            auto keys =
                file.open(*file.find(KeySlotFile::SlotKind::User, u"admin"_qs), pw("correct horse 1"));
            return std::move(keys.front());
        }();
        {
            auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
            v->setUserSlot(u"budi"_qs, pw("budi password 1"), KdfParams::minimal());
            v->rotateDataKey();
            QCOMPARE(marker(v->db()), u"kept-data"_qs);
            putMarker(v->db(), u"after-rotation"_qs); // the reopened connection writes
        }
        QCOMPARE(codeOf([&] { Database::open(where.storePath(), oldKey); }), ErrorCode::WrongKey);
        QVERIFY(!QFile::exists(where.storePath() + u".rotating"_qs));
        for (const auto &[user, pass] :
             {std::pair{"admin", "correct horse 1"}, std::pair{"budi", "budi password 1"}}) {
            auto v = Vault::unlock(where, QString::fromLatin1(user), pw(pass));
            QCOMPARE(marker(v->db()), u"after-rotation"_qs);
            QVERIFY(v->db().integrityCheck().isEmpty());
            QVERIFY(v->db().cipherIntegrityCheck().isEmpty());
        }
        QVERIFY(Vault::unlockWithRecoveryCode(where, code));
        const KeySlotFile file = KeySlotFile::load(where.slotPath());
        QVERIFY(file.nextKeyId().isEmpty());
    }

    // A worker connection left open across a rotation would read the old file's pages through the WAL the
    // new file uses ("damaged store"): the rotation is refused while one is open, nothing changes, and it
    // goes ahead once the connection is closed. The count follows moves and closes.
    void rotationWaitsForWorkerConnections()
    {
        const StoreLocation where = makeStore();
        auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
        QCOMPARE(v->openWorkerConnections(), 0);
        Database worker = v->openWorkerConnection();
        Database second = v->openWorkerConnection();
        QCOMPARE(v->openWorkerConnections(), 2);
        Database moved = std::move(second);
        QCOMPARE(v->openWorkerConnections(), 2);
        moved.close();
        QCOMPARE(v->openWorkerConnections(), 1);
        const QByteArray keyFile = readAll(where.slotPath());
        try {
            v->rotateDataKey();
            QFAIL("rotation went ahead with a worker connection open");
        } catch (const Error &e) {
            QCOMPARE(e.code(), ErrorCode::PolicyViolation);
            QVERIFY(!e.userMessage().isEmpty());
        }
        QCOMPARE(readAll(where.slotPath()), keyFile); // nothing changed
        QCOMPARE(marker(worker), u"kept-data"_qs);    // and the worker still reads
        worker = Database();
        QCOMPARE(v->openWorkerConnections(), 0);
        v->rotateDataKey();
        QVERIFY(readAll(where.slotPath()) != keyFile);
        Database after = v->openWorkerConnection();
        QCOMPARE(marker(after), u"kept-data"_qs);
    }

    void interruptedRotationIsRepaired_data()
    {
        QTest::addColumn<bool>("storeSwapped");
        QTest::newRow("crash before the store was swapped") << false;
        QTest::newRow("crash after the swap, before the key file") << true;
    }

    void interruptedRotationIsRepaired()
    {
        // Recreates the two intermediate states of rotateDataKey() by hand and checks unlock repairs both.
        QFETCH(bool, storeSwapped);
        const StoreLocation where = makeStore();
        KeySlotFile file = KeySlotFile::load(where.slotPath());
        SecureBuffer oldKey = std::move(
            file.open(*file.find(KeySlotFile::SlotKind::User, u"admin"_qs), pw("correct horse 1")).front());
        SecureBuffer newKey = SecureBuffer::random(32);
        file.addNextKey(newKey);
        file.save(where.slotPath(), {&oldKey, &newKey});
        if (storeSwapped) {
            {
                Database db = Database::open(where.storePath(), oldKey);
                db.exportTo(where.storePath() + u".rotating"_qs, newKey);
            }
            QFile::remove(where.storePath());
            QFile::rename(where.storePath() + u".rotating"_qs, where.storePath());
        }
        {
            auto v = Vault::unlock(where, u"admin"_qs, pw("correct horse 1"));
            QCOMPARE(marker(v->db()), u"kept-data"_qs);
        }
        const KeySlotFile repaired = KeySlotFile::load(where.slotPath());
        QVERIFY(repaired.nextKeyId().isEmpty());
        QCOMPARE(repaired.currentKeyId(), KeySlotFile::keyId(storeSwapped ? newKey : oldKey));
    }

    void noPlaintextInStoreWalOrTemp()
    {
        const StoreLocation where = freshLocation();
        const QByteArray secret = test::uniqueMarker(); // not a literal: see TestSupport.h
        auto v = Vault::create(where, u"admin"_qs, pw("correct horse 1"), KdfParams::minimal(), nullptr);
        {
            Transaction tx(v->db());
            auto s = v->db().prepare("INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, 'now')");
            for (int i = 0; i < 3000; ++i)
                s.bindAll(QStringLiteral("k%1").arg(i), QString::fromLatin1(secret) + QString::number(i))
                    .exec();
            tx.commit();
        }
        v->db().scalar("SELECT count(*) FROM (SELECT value FROM settings ORDER BY value DESC)");
        QVERIFY(QFile::exists(where.storePath() + u"-wal"_qs));
        QVERIFY(!anyFileUnderContains(where.dir, secret));
        QVERIFY(!anyFileUnderContains(QDir::tempPath(), secret));
        QVERIFY(!anyFileUnderContains(u"/var/tmp"_qs, secret));
        v.reset();
        QVERIFY(!anyFileUnderContains(where.dir, secret));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
