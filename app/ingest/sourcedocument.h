#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Attache {

// What a file holds, decided by its content first and its extension second.
enum class SourceFormat {
    Unknown,
    PlainText, // text copied out of a browser, or any other plain text
    Html,
    Markdown,
    Feed,      // RSS 2.0, RSS 1.0/RDF or Atom
    Json,      // an object or an array of objects
    JsonLines, // one object a line
    Pdf,       // read from its bytes by Poppler; text stays empty
    Email,     // one RFC 5322 message (.eml)
    Mbox,      // messages one after the other, each starting with a "From " line
    Mhtml,     // a page saved with its resources as one MIME message (.mhtml, .mht)
};

QString sourceFormatName(SourceFormat format);

// Lower-case hex SHA-256 of bytes (hardware-accelerated where the system's OpenSSL offers it).
QString sha256Hex(QByteArrayView bytes);

// One file as read from disk, decoded, before any cleaning. Immutable once read.
struct SourceDocument
{
    QString path;
    QByteArray bytes;    // exactly as on disk
    QString text;        // decoded; invalid sequences replaced (and reported in warnings). Left
                         // empty for HTML and feeds in plain UTF-8: their readers parse bytes.
    QString encoding;    // the encoding used to decode, e.g. "UTF-8", "windows-1252"
    SourceFormat format = SourceFormat::Unknown;
    QDateTime modified;  // the file's modification time, the publication date of last resort
    QStringList warnings;

    // Hex SHA-256 of bytes: the article's identity when it is moved or renamed. Computed once and
    // kept (the indexer and the cleaner both ask for it); like the rest, not to be changed after
    // it is read, and not to be used from two threads at once.
    QString contentHash() const;

    mutable QString m_contentHash; // see contentHash()
};

} // namespace Attache
