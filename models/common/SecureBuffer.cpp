#include "SecureBuffer.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace sinergi {

namespace {
struct SodiumInit
{
    SodiumInit()
    {
        if (sodium_init() < 0)
            throw std::bad_alloc();
    }
};
void ensureSodium()
{
    static SodiumInit init;
}
} // namespace

SecureBuffer::SecureBuffer(std::size_t size) : m_size(size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer()
{
    if (m_data)
        sodium_free(m_data); // wipes before releasing
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromBytes(const char *data, std::size_t size)
{
    SecureBuffer b(size);
    if (size)
        memcpy(b.m_data, data, size);
    return b;
}

SecureBuffer SecureBuffer::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer b = fromBytes(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return b;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer b(size);
    randombytes_buf(b.m_data, size);
    return b;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBuffer SecureBuffer::toHex() const
{
    SecureBuffer hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char *>(hex.m_data), hex.m_size, m_data, m_size);
    hex.m_size = m_size * 2; // the terminating NUL stays in the allocation but outside size()
    return hex;
}

} // namespace sinergi
