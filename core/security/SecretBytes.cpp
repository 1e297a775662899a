#include "security/SecretBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>

namespace forlop {

namespace {

// sodium_malloc aborts the process unless sodium_init() ran first; every key in core passes through here.
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw std::bad_alloc();
    }
}

} // namespace

SecretBytes::SecretBytes(std::size_t size)
    : m_data((ensureSodium(), static_cast<unsigned char*>(sodium_malloc(size == 0 ? 1 : size))))
    , m_size(size)
{
    if (!m_data) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecretBytes SecretBytes::fromBytes(const unsigned char* data, std::size_t size)
{
    SecretBytes bytes(size);
    std::memcpy(bytes.m_data, data, size);
    return bytes;
}

SecretBytes SecretBytes::clone() const
{
    return fromBytes(m_data, m_size);
}

void SecretBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // zeroes before freeing
    }
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace forlop
