#include "RecordsFixture.h"
#include "TestSupport.h"
#include "reference/ReferenceLists.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sinergi;
using sinergi::test::codeOf;

namespace {

// Religion list, edition 2: code 7 retired, 8 added (a made-up change; the real list has not changed).
QByteArray agama(const QString &version, const QString &lastCode = u"8"_qs)
{
    return QStringLiteral(R"({"id": "agama", "version": "%1", "labels": {"id": "Agama", "en": "Religion"},
        "source": "test edition",
        "entries": [
          {"code": "1", "label_id": "Islam", "label_en": "Islam"},
          {"code": "2", "label_id": "Katolik", "label_en": "Catholic"},
          {"code": "3", "label_id": "Protestan", "label_en": "Protestant"},
          {"code": "4", "label_id": "Hindu", "label_en": "Hindu"},
          {"code": "5", "label_id": "Buddha", "label_en": "Buddhist"},
          {"code": "6", "label_id": "Konghucu", "label_en": "Confucian"},
          {"code": "%2", "label_id": "Kepercayaan terhadap Tuhan YME", "label_en": "Indigenous belief"}
        ]})")
        .arg(version, lastCode)
        .toUtf8();
}

qint64 storedEditions(Session &s)
{
    return s.db().scalar("SELECT count(*) FROM reference_lists").toLongLong();
}

} // namespace

class TestReferenceLists : public QObject
{
    Q_OBJECT

    test::RecordsFixture m_fx;

    const FieldDef &agamaField() { return *m_fx.m_templates.find(u"pencari_kerja"_qs)->field(u"agama"_qs); }

private slots:
    void newerEditionKeepsOldCodesReadable()
    {
        auto s = m_fx.newStore();
        CodeListRegistry registry = ReferenceLists::load(s->db());
        QCOMPARE(registry.find(u"agama"_qs)->version(), u"1"_qs);
        const ReferenceLists::Loaded loaded =
            ReferenceLists::loadJson(*s, registry, agama(u"2"_qs), u"agama-2.json"_qs);
        QCOMPARE(loaded.previousVersion, u"1"_qs);
        QCOMPARE(loaded.retired, QStringList{u"7"_qs});
        QCOMPARE(registry.find(u"agama"_qs)->version(), u"2"_qs); // new entries get the newest edition
        QCOMPARE(registry.find(u"agama"_qs, u"1"_qs)->label(u"7"_qs, u"id"_qs), u"Lainnya / Kepercayaan"_qs);

        // Persisted: a registry rebuilt from the store has both editions.
        CodeListRegistry reopened = ReferenceLists::load(s->db());
        QCOMPARE(reopened.versions(u"agama"_qs), (QStringList{u"1"_qs, u"2"_qs}));
        const QList<ReferenceLists::Edition> editions = ReferenceLists::editions(s->db(), reopened, u"id"_qs);
        const auto agamaEditions = std::count_if(editions.cbegin(), editions.cend(),
                                                 [](const auto &e) { return e.listId == u"agama"; });
        QCOMPARE(agamaEditions, 2);
        for (const auto &e : editions) {
            if (e.listId == u"agama" && e.version == u"2") {
                QVERIFY(e.newest && !e.shipped);
                QCOMPARE(e.loadedBy, u"admin"_qs);
            }
            if (e.listId == u"agama" && e.version == u"1")
                QVERIFY(!e.newest && e.shipped);
        }

        // A record still carrying the retired code: a warning, not an error; unknown codes stay errors.
        const FieldValidator validator(&reopened, &m_fx.m_regions);
        const Problems retired = validator.validate(agamaField(), u"7"_qs);
        QCOMPARE(retired.size(), 1);
        QCOMPARE(retired.first().severity, Problem::Severity::Warning);
        QCOMPARE(retired.first().ruleId, u"code_retired"_qs);
        QVERIFY(validator.validate(agamaField(), u"8"_qs).isEmpty());
        const Problems unknown = validator.validate(agamaField(), u"9"_qs);
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().severity, Problem::Severity::Error);

        AuditFilter f;
        f.actionPrefix = u"reference.load"_qs;
        const QList<AuditEntry> entries = s->audit().query(f);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().target, u"agama"_qs);
        const QJsonObject d = QJsonDocument::fromJson(entries.first().details.toUtf8()).object();
        QCOMPARE(d.value(u"version").toString(), u"2"_qs);
        QCOMPARE(d.value(u"previous").toString(), u"1"_qs);
        QCOMPARE(d.value(u"retired").toInt(), 1);
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << QByteArray("{\"id\": \"agama\", ") << int(ErrorCode::InvalidArgument);
        QTest::newRow("binary") << QByteArray("\x00\xff\x13garbage", 10) << int(ErrorCode::InvalidArgument);
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::InvalidArgument);
        QTest::newRow("duplicate code") << agama(u"2"_qs, u"6"_qs) << int(ErrorCode::InvalidArgument);
        QTest::newRow("same version") << agama(u"1"_qs) << int(ErrorCode::InvalidArgument);
        QTest::newRow("older version") << agama(u"0.9"_qs) << int(ErrorCode::InvalidArgument);
        QByteArray unknownList = agama(u"2"_qs);
        unknownList.replace("\"agama\"", "\"agama_baru\"");
        QTest::newRow("unknown list") << unknownList << int(ErrorCode::InvalidArgument);
        QByteArray unknownKey = agama(u"2"_qs);
        unknownKey.replace("\"source\"", "\"sumber\": 1, \"source\"");
        QTest::newRow("unknown key") << unknownKey << int(ErrorCode::InvalidArgument);
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        auto s = m_fx.newStore();
        CodeListRegistry registry = ReferenceLists::load(s->db());
        const qint64 auditBefore = s->audit().count();
        QString message;
        QCOMPARE(int(codeOf([&] { ReferenceLists::loadJson(*s, registry, json, u"bad.json"_qs); }, &message)),
                 code);
        QVERIFY(!message.isEmpty());
        // The administrator's own words, not a generic store message ("A store already exists...").
        QVERIFY2(!message.contains(u"store"_qs), qPrintable(message));
        QCOMPARE(storedEditions(*s), 0);
        QCOMPARE(s->audit().count(), auditBefore);
        QCOMPARE(registry.versions(u"agama"_qs), QStringList{u"1"_qs});
    }

    void tooLargeOrMissingFile()
    {
        auto s = m_fx.newStore();
        CodeListRegistry registry = ReferenceLists::load(s->db());
        const QString big = m_fx.m_tmp.filePath(u"big.json"_qs);
        test::writeAll(big, QByteArray(ReferenceLists::kMaxFileBytes + 1, ' '));
        QCOMPARE(codeOf([&] { ReferenceLists::loadFile(*s, registry, big); }), ErrorCode::InvalidArgument);
        QCOMPARE(
            codeOf([&] { ReferenceLists::loadFile(*s, registry, m_fx.m_tmp.filePath(u"none.json"_qs)); }),
            ErrorCode::InvalidArgument);
        QCOMPARE(storedEditions(*s), 0);
    }

    void onlyAdministrators()
    {
        auto s = m_fx.newStore();
        s->createUser(u"wali"_qs, u"Walidata"_qs, Role::Walidata, u"Melati-Pagi-01"_qs);
        const StoreLocation where = s->location();
        s.reset(); // one session per store at a time (store lock)
        auto wali = Session::login(where, u"wali"_qs, u"Melati-Pagi-01"_qs);
        CodeListRegistry registry = ReferenceLists::load(wali->db());
        QCOMPARE(codeOf([&] { ReferenceLists::loadJson(*wali, registry, agama(u"2"_qs), u"agama.json"_qs); }),
                 ErrorCode::PermissionDenied);
        QCOMPARE(storedEditions(*wali), 0);
        QCOMPARE(registry.versions(u"agama"_qs), QStringList{u"1"_qs});
    }
};

QTEST_GUILESS_MAIN(TestReferenceLists)
#include "tst_referencelists.moc"
