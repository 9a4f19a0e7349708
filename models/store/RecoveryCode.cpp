#include "RecoveryCode.h"

#include <sodium.h>

#include <cstring>

namespace sinergi {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString RecoveryCode::generate()
{
    unsigned char bytes[kBytes];
    randombytes_buf(bytes, sizeof bytes);
    QString out;
    int bits = 0;
    unsigned buffer = 0;
    int symbols = 0;
    for (unsigned char b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            if (symbols > 0 && symbols % 4 == 0)
                out += u'-';
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
            ++symbols;
        }
    }
    sodium_memzero(bytes, sizeof bytes);
    return out;
}

SecureBuffer RecoveryCode::normalize(const QString &typed)
{
    QByteArray canonical;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        char ch = static_cast<char>(c.toUpper().toLatin1());
        if (ch == 'O')
            ch = '0';
        else if (ch == 'I' || ch == 'L')
            ch = '1';
        if (!std::strchr(kAlphabet, ch) || ch == '\0')
            return {};
        canonical.append(ch);
    }
    if (canonical.size() != kBytes * 8 / 5)
        return {};
    SecureBuffer out = SecureBuffer::fromBytes(canonical.constData(), static_cast<std::size_t>(canonical.size()));
    sodium_memzero(canonical.data(), static_cast<std::size_t>(canonical.size()));
    return out;
}

} // namespace sinergi
