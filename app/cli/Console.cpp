#include "Console.h"

#include <cstdio>

namespace sinergi::cli::Console {

namespace {
void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

void outLine(const QString &text)
{
    write(stdout, text + u'\n');
}

void errLine(const QString &text)
{
    write(stderr, text + u'\n');
}

void err(const QString &text)
{
    write(stderr, text);
}

} // namespace sinergi::cli::Console
