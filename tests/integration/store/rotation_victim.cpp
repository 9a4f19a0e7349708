// Helper process for tst_rotation_crash: unlocks a store and rotates its data key in a loop, writing a
// row between rotations, until it is killed. It prints "ready" once the store is open.
#include "store/Vault.h"

#include <QCoreApplication>
#include <cstdio>

using namespace sinergi;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 1;
    const StoreLocation where{QString::fromLocal8Bit(argv[1])};
    auto vault = Vault::unlock(where, QString::fromLocal8Bit(argv[2]),
                               SecureBuffer::fromString(QString::fromLocal8Bit(argv[3])));
    std::puts("ready");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        auto s = vault->db().prepare(
            "INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('rotations', ?1, 'now')");
        s.bind(1, QString::number(i)).exec();
        vault->rotateDataKey();
    }
}
