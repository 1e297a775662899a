#pragma once

#include <QByteArray>

#include <cstddef>

namespace forlop {

// Key material in libsodium's guarded memory: locked out of swap, wiped when freed, never copied implicitly.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    [[nodiscard]] static SecretBytes random(std::size_t size);
    [[nodiscard]] static SecretBytes fromBytes(const unsigned char* data, std::size_t size);
    [[nodiscard]] SecretBytes clone() const;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a password or other secret held in a QByteArray (QString copies cannot be wiped reliably).
void wipe(QByteArray& bytes);

} // namespace forlop
