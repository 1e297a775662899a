#pragma once

#include "security/SecretBytes.h"

#include <QByteArray>

#include <utility>

namespace forlop::admin {

// A password or recovery key read from standard input, wiped when it goes out of scope. Core takes passwords
// as QByteArray, so this hands out a reference rather than a copy: every copy would have to be wiped too.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    ~Secret() { wipe(m_bytes); }
    Secret(Secret&& other) noexcept
        : m_bytes(std::exchange(other.m_bytes, QByteArray()))
    {
    }
    Secret& operator=(Secret&& other) noexcept
    {
        if (this != &other) {
            wipe(m_bytes);
            m_bytes = std::exchange(other.m_bytes, QByteArray());
        }
        return *this;
    }
    Secret(const Secret&) = delete;
    Secret& operator=(const Secret&) = delete;

    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace forlop::admin
