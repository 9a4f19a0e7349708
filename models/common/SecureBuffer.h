#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace sinergi {

// Bytes that must not leak: keys, passwords on their way to the KDF. The memory comes from
// sodium_malloc (guard pages, mlock'd so it is never swapped) and is wiped by sodium_free.
// Move-only, so a key never gets silently copied into ordinary heap memory.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    // Copies the UTF-8 of a password into locked memory. The caller should drop its QString soon after;
    // Qt strings cannot be wiped reliably, so we keep them short-lived.
    static SecureBuffer fromString(const QString &text);
    static SecureBuffer fromBytes(const char *data, std::size_t size);
    static SecureBuffer random(std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBuffer &other) const;
    // Lower-case hex in another SecureBuffer (for SQLCipher's raw-key pragma).
    SecureBuffer toHex() const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace sinergi
