#include "ingest/textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet.h>

#include <cstdint>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// Declarations sit at the top of a document; looking further only costs time.
constexpr qsizetype DeclarationWindow = 4096;
constexpr qsizetype DetectionWindow = 64 * 1024;

std::optional<QStringConverter::Encoding> byteOrderMark(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringConverter::Utf8;
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return QStringConverter::Utf32LE;
    if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return QStringConverter::Utf32BE;
    if (bytes.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF). Written out
// because a Stateless QStringDecoder does not report errors and a stateful one hides a
// truncated final sequence in its state.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Runs of ASCII, most of any page, eight bytes at a time.
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else
            return false;
        if (end - p < length)
            return false;
        if (p[1] < low || p[1] > high)
            return false;
        for (int i = 2; i < length; ++i)
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        p += length;
    }
    return true;
}

// True when some byte is outside ASCII (for valid UTF-8: when it holds a multi-byte character).
bool hasNonAscii(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    for (; end - p >= 8; p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return true;
    }
    for (; p < end; ++p)
        if (*p >= 0x80)
            return true;
    return false;
}

bool isUtf8Name(const QByteArray &lowerName)
{
    return lowerName == "utf-8" || lowerName == "utf8";
}

// The encoding a declaration stands for, lower case, as browsers read it: a page that declares
// Latin-1 or ASCII is almost always windows-1252, and a UTF-16 or UTF-32 name in a document
// whose declaration could be read as ASCII (no byte-order mark) cannot be true: UTF-8 is meant.
QByteArray effectiveDeclaration(const QByteArray &declared)
{
    auto effective = declared.toLower();
    if (effective == "iso-8859-1" || effective == "latin1" || effective == "us-ascii" || effective == "ascii")
        return "windows-1252";
    if (effective.startsWith("utf-16") || effective.startsWith("utf-32") || effective == "ucs-2")
        return "utf-8";
    return effective;
}

// Valid multi-byte UTF-8 is practically never a legacy encoding by accident (a browser's "Save
// page" writes UTF-8 and keeps the original meta charset): it wins over any declaration, which
// then decides only for bytes that are not valid UTF-8. Pure ASCII follows the declaration, as
// some legacy encodings (ISO-2022-JP, HZ) are written in ASCII bytes.
bool readsAsUtf8(const QByteArray &bytes, const QByteArray &effectiveDeclared)
{
    if (!isValidUtf8(bytes))
        return false;
    return effectiveDeclared.isEmpty() || isUtf8Name(effectiveDeclared) || hasNonAscii(bytes);
}

// How many bytes at the end form an incomplete UTF-8 sequence in otherwise valid UTF-8 (a file
// cut off mid-character), or 0.
qsizetype truncatedUtf8Tail(const QByteArray &bytes)
{
    for (qsizetype cut = 1; cut <= 3 && cut < bytes.size(); ++cut)
        if (isValidUtf8(QByteArrayView(bytes).chopped(cut)))
            return cut;
    return 0;
}

// UTF-8 with a few broken sequences (one bad byte in a long text) is still UTF-8: replacing the
// broken bytes keeps far more than reading everything as a legacy encoding.
bool isMostlyUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    qsizetype replaced = 0;
    qsizetype multibyte = 0;
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            ++replaced;
        else if (c.unicode() >= 0x80)
            ++multibyte;
    }
    return multibyte >= 10 * replaced;
}

QByteArray detectWithUchardet(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                          &uchardet_delete);
    const auto sample = bytes.left(DetectionWindow);
    if (uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get()));
}

// Decoders must be Stateless: a truncated sequence at the end is then replaced, not swallowed.
// isValid: the bytes are known to be valid in this encoding, so nothing is replaced.
DecodedText decodeAs(const QByteArray &bytes, QStringDecoder decoder, const QString &encodingName, bool isValid = false)
{
    DecodedText result;
    result.text = decoder.decode(bytes);
    result.encoding = encodingName;
    // Stateless decoders do not report errors; count the replacement characters the decoder
    // made, less those the bytes spelled out themselves.
    const auto replaced = isValid ? 0 : result.text.count(QChar::ReplacementCharacter) - bytes.count("\xEF\xBF\xBD");
    if (replaced > 0)
        result.warnings << u"%1 invalid %2 byte sequence(s) were replaced with �"_s.arg(replaced).arg(encodingName);
    if (result.text.startsWith(QChar(0xFEFF)))
        result.text.remove(0, 1);
    return result;
}

} // namespace

QByteArray TextDecoder::declaredEncoding(const QByteArray &bytes)
{
    const auto head = QString::fromLatin1(bytes.left(DeclarationWindow));
    static const QRegularExpression xmlDeclaration(uR"(^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"_s);
    static const QRegularExpression metaCharset(
        uR"(<meta\b[^>]*\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"_s, QRegularExpression::CaseInsensitiveOption);
    if (const auto match = xmlDeclaration.match(head); match.hasMatch())
        return match.captured(1).toLatin1();
    if (const auto match = metaCharset.match(head); match.hasMatch())
        return match.captured(1).toLatin1();
    return {};
}

bool TextDecoder::isPlainUtf8(const QByteArray &bytes)
{
    if (const auto bom = byteOrderMark(bytes); bom && *bom != QStringConverter::Utf8)
        return false;
    return readsAsUtf8(bytes, effectiveDeclaration(declaredEncoding(bytes)));
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (byteOrderMark(bytes))
        return false;
    // Text in any 8-bit encoding or UTF-8 has no NUL and few control characters.
    const auto sample = QByteArrayView(bytes).left(8192);
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0)
            return true;
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f' && byte != 0x1B)
            ++controls;
    }
    return !sample.isEmpty() && controls * 20 > sample.size();
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    if (const auto bom = byteOrderMark(bytes)) {
        QStringDecoder decoder(*bom, QStringConverter::Flag::Stateless);
        return decodeAs(bytes, std::move(decoder), QString::fromLatin1(QStringConverter::nameForEncoding(*bom)));
    }

    const auto declared = effectiveDeclaration(declaredEncoding(bytes));
    if (readsAsUtf8(bytes, declared))
        return decodeAs(bytes, QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless), u"UTF-8"_s, true);
    // Pages that say UTF-8 but are not: fall through to detection rather than mangle them.
    if (!declared.isEmpty() && !isUtf8Name(declared)) {
        QStringDecoder decoder(declared.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid())
            return decodeAs(bytes, std::move(decoder), QString::fromLatin1(declared));
    }

    if (isMostlyUtf8(bytes))
        return decodeAs(bytes, QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless), u"UTF-8"_s);
    if (const auto tail = truncatedUtf8Tail(bytes)) {
        // One replacement character for the cut-off sequence, as browsers show it.
        auto result = decodeAs(bytes.chopped(tail), QStringDecoder(QStringConverter::Utf8), u"UTF-8"_s);
        result.text += QChar::ReplacementCharacter;
        result.warnings << u"the text ends in an incomplete UTF-8 sequence (truncated file?)"_s;
        return result;
    }

    const auto detected = detectWithUchardet(bytes);
    // uchardet may still answer UTF-8 for bytes we know are not valid UTF-8.
    if (!detected.isEmpty() && detected != "ASCII" && detected.toUpper() != "UTF-8") {
        QStringDecoder decoder(detected.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            auto result = decodeAs(bytes, std::move(decoder), QString::fromLatin1(detected));
            result.warnings << u"no encoding declared; read as %1 (detected)"_s.arg(QString::fromLatin1(detected));
            return result;
        }
    }

    // Not UTF-8 and nothing detected: windows-1252 maps every byte to a character, which loses
    // less than UTF-8 with replacement characters, and it is the most common legacy encoding.
    auto result = decodeAs(bytes, QStringDecoder("windows-1252"), u"windows-1252"_s);
    result.warnings << u"encoding could not be determined; read as windows-1252"_s;
    return result;
}

} // namespace Attache
