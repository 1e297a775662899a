#include "StandardInput.h"

#include <QStringDecoder>

#include <cerrno>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace forlop::admin {

namespace {

// Turns terminal echo off for its lifetime, so a password typed by hand is not shown.
class EchoOff
{
public:
    EchoOff()
    {
        if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputs("\n", stderr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

// The same rule as PasswordKdf::normalise (NFC, then UTF-8), but every intermediate copy is wiped.
QByteArray normalised(QByteArray raw)
{
    if (isAscii(raw)) {
        return raw; // NFC leaves ASCII unchanged
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(raw);
    if (decoder.hasError()) {
        // Not text the desktop app could have produced; the bytes are used as they are.
        return raw;
    }
    QString composed = text.normalized(QString::NormalizationForm_C);
    QByteArray result = composed.toUtf8();
    composed.fill(QChar(0));
    text.fill(QChar(0));
    wipe(raw);
    return result;
}

} // namespace

Result<std::optional<Secret>> StandardInput::readLine(const QString& prompt)
{
    if (isatty(STDIN_FILENO)) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    const EchoOff echoOff;
    QByteArray line;
    line.reserve(MaxLineBytes + 1); // no reallocation, so no unwiped copy is left behind
    bool tooLong = false;
    bool sawAnything = false;
    while (true) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        sawAnything = true;
        if (c == '\n') {
            break;
        }
        if (line.size() < MaxLineBytes) {
            line.append(c);
        } else {
            tooLong = true; // read on to the end of the line, so the next line is still the next secret
        }
        c = 0;
    }
    if (!sawAnything) {
        return std::nullopt;
    }
    ++m_linesRead;
    if (tooLong) {
        wipe(line);
        return fail(ErrorCode::InvalidInput, tr("Line %1 of standard input is longer than %2 bytes.")
                                                 .arg(m_linesRead)
                                                 .arg(MaxLineBytes));
    }
    if (line.endsWith('\r')) {
        line[line.size() - 1] = '\0';
        line.chop(1);
    }
    return std::optional<Secret>(Secret(normalised(std::move(line))));
}

} // namespace forlop::admin
