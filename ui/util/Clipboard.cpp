#include "util/Clipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace forlop {

QByteArray Clipboard::s_lastDigest;

namespace {

bool owns(const QClipboard* clipboard, QClipboard::Mode mode)
{
    return mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard();
}

QList<QClipboard::Mode> modes()
{
    QList<QClipboard::Mode> list{QClipboard::Clipboard};
    if (QGuiApplication::clipboard()->supportsSelection()) {
        list.append(QClipboard::Selection);
    }
    return list;
}

} // namespace

QByteArray Clipboard::digest(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void Clipboard::copy(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data, QClipboard::Clipboard);
    s_lastDigest = digest(text);
}

bool Clipboard::holdsOurText()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    for (QClipboard::Mode mode : modes()) {
        // ownsMode covers text copied or selected in any of our own fields, not only through copy().
        if (owns(clipboard, mode)) {
            return true;
        }
        const QString text = clipboard->text(mode);
        if (!text.isEmpty() && !s_lastDigest.isEmpty() && digest(text) == s_lastDigest) {
            return true;
        }
    }
    return false;
}

void Clipboard::clearIfOurs()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    for (QClipboard::Mode mode : modes()) {
        const QString text = clipboard->text(mode);
        const bool ours = owns(clipboard, mode) ||
                          (!text.isEmpty() && !s_lastDigest.isEmpty() && digest(text) == s_lastDigest);
        if (ours) {
            clipboard->clear(mode);
        }
    }
    s_lastDigest.clear();
}

} // namespace forlop
