#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("sinergi-cli %s\n", SINERGI_VERSION);
    return 0;
}
