#include "accounts/PasswordPolicy.h"
#include "common/Error.h"

#include <QTest>

using namespace sinergi;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");

        QTest::newRow("ten chars") << u"budi"_qs << u"abcdefghij"_qs << true;
        QTest::newRow("nine chars") << u"budi"_qs << u"abcdefghi"_qs << false;
        QTest::newRow("empty") << u"budi"_qs << QString() << false;
        QTest::newRow("long passphrase") << u"budi"_qs << u"kopi susu pagi hari"_qs << true;
        // Ten code points, some outside the BMP (surrogate pairs must not count twice).
        QTest::newRow("non-BMP counted once")
            << u"budi"_qs << QString::fromUcs4(U"\U0001F600abcdefghi") << true;
        QTest::newRow("nine code points with surrogates")
            << u"budi"_qs << QString::fromUcs4(U"\U0001F600\U0001F600abcdefg") << false;
        QTest::newRow("equals user name") << u"administrator"_qs << u"administrator"_qs << false;
        QTest::newRow("equals user name, other case") << u"Administrator"_qs << u"aDMINISTRATOR"_qs << false;
        QTest::newRow("contains user name") << u"siti"_qs << u"siti12345678"_qs << false;
        QTest::newRow("contains user name, other case") << u"siti"_qs << u"xxSITIxx2024"_qs << false;
        QTest::newRow("user name with spaces") << u" siti "_qs << u"123siti4567"_qs << false;
        QTest::newRow("unrelated") << u"siti"_qs << u"kembang-sepatu-9"_qs << true;
        QTest::newRow("no user name given") << QString() << u"kembang-sepatu-9"_qs << true;
    }

    void check()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        const QString problem = PasswordPolicy::check(username, password);
        QCOMPARE(problem.isEmpty(), acceptable);

        bool threw = false;
        try {
            PasswordPolicy::enforce(username, password);
        } catch (const Error &e) {
            threw = true;
            QCOMPARE(e.code(), ErrorCode::PolicyViolation);
            QCOMPARE(e.userMessage(), problem);
        }
        QCOMPARE(threw, !acceptable);
    }

    void messagesSayWhatToChange()
    {
        QCOMPARE(PasswordPolicy::check(u"budi"_qs, u"short"_qs),
                 u"The password must have at least 10 characters."_qs);
        QCOMPARE(PasswordPolicy::check(u"budisantoso"_qs, u"BudiSantoso"_qs),
                 u"The password must not be the user name."_qs);
        QCOMPARE(PasswordPolicy::check(u"budi"_qs, u"budi-is-cool"_qs),
                 u"The password must not contain the user name."_qs);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
