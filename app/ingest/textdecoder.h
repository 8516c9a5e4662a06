#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Attache {

struct DecodedText
{
    QString text;
    QString encoding;
    QStringList warnings; // e.g. invalid sequences replaced, encoding guessed
};

// Turns bytes into text the way a careful browser would: a byte-order mark first, then UTF-8
// when the bytes are valid UTF-8 with at least one multi-byte character (whatever the document
// declares: saved pages keep a legacy meta charset over UTF-8 bytes), then the encoding the
// document declares (HTML meta charset, XML declaration), and only then detection (uchardet) for
// undeclared legacy text.
// Reentrant: safe to call from several threads at once.
class TextDecoder final
{
public:
    static DecodedText decode(const QByteArray &bytes);

    // The encoding a document declares in its first bytes, or an empty string.
    static QByteArray declaredEncoding(const QByteArray &bytes);

    // True when decode() would read the bytes as UTF-8 without replacing anything: valid UTF-8,
    // no other byte-order mark, and either a multi-byte character or no other encoding declared.
    // Such bytes can be parsed as they are.
    static bool isPlainUtf8(const QByteArray &bytes);

    // True when the bytes look like a binary file rather than text in any encoding.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace Attache
