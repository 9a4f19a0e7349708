#include "TestSupport.h"
#include "session/Session.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sinergi;
using sinergi::test::codeOf;

namespace {


// Fills the file system under dir until a write fails; returns the filler's path.
QString fillDisk(const QString &dir)
{
    const QString path = QDir(dir).filePath(u"filler.bin"_qs);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot create filler");
    const QByteArray block(4096, 'z');
    while (f.write(block) == block.size() && f.flush()) {
    }
    return path;
}

} // namespace

// A real full disk: a tiny tmpfs mounted for the test (needs root; skipped otherwise). Every write that
// hits ENOSPC must fail with DiskFull and leave the store, the key file and the audit chain as they were.
class TestDiskFull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_mountPoint;
    bool m_mounted = false;

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        m_mounted = QProcess::execute(u"mount"_qs, {u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=3m"_qs, u"tmpfs"_qs,
                                                    m_mountPoint.path()}) == 0;
        if (!m_mounted)
            QSKIP("cannot mount a tmpfs here");
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QProcess::execute(u"umount"_qs, {m_mountPoint.path()});
    }

    void writesFailCleanlyAndLoseNothing()
    {
        const StoreLocation where{m_mountPoint.filePath(u"store"_qs)};
        const QString password = u"Disk-Penuh-2026"_qs;
        {
            auto created = Session::initialize(where, u"admin"_qs, {}, password, KdfParams::minimal());
            created.session->createUser(u"siti"_qs, {}, Role::Operator, u"Melati-Pagi-01"_qs);
        }
        const QByteArray keyFileBefore = test::readAll(where.slotPath());
        auto session = Session::login(where, u"admin"_qs, password);
        const qint64 auditBefore = session->audit().count();
        const QString filler = fillDisk(m_mountPoint.path());

        // A user needs a key-file rewrite and a DB write; a setting needs a DB write.
        const ErrorCode addUser = codeOf([&] { session->createUser(u"budi"_qs, {}, Role::Viewer, u"Kenanga-Sore-02"_qs); });
        ErrorCode setting = ErrorCode::Internal;
        for (int i = 0; i < 200 && setting == ErrorCode::Internal; ++i) // until the WAL can no longer grow
            setting = codeOf([&] { session->setSetting(u"note%1"_qs.arg(i), QString(2000, u'x')); });
        QCOMPARE(addUser, ErrorCode::DiskFull);
        QCOMPARE(setting, ErrorCode::DiskFull);
        session.reset();

        QFile::remove(filler);
        QCOMPARE(test::readAll(where.slotPath()), keyFileBefore);
        auto after = Session::login(where, u"admin"_qs, password);
        QCOMPARE(after->users().size(), 2); // budi was not half-created
        QVERIFY(!after->vault().hasUserSlot(u"budi"_qs));
        QVERIFY(after->checkStore().isEmpty());
        QVERIFY(after->audit().count() > auditBefore); // the log-ins; nothing lost, chain intact
        after.reset();
        QVERIFY(Session::login(where, u"siti"_qs, u"Melati-Pagi-01"_qs));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
