#pragma once

#include "ingest/sourcedocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Attache {

enum class BlockKind {
    Heading,
    Paragraph,
    Quote,
    ListItem,
    Caption,
    Preformatted,
};

QString blockKindName(BlockKind kind);

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    int level = 0; // heading level 1–6; nesting depth for list items (0 = top level)
    QString text;  // plain text; inline markup is not kept

    bool operator==(const Block &) const = default;
};

// Where the publication date was found, from most to least trustworthy.
enum class DateSource {
    Unknown,
    Metadata,     // <meta>, feed element, JSON field, YAML front matter
    JsonLd,       // schema.org datePublished
    TimeElement,  // <time datetime=…>
    TextDateLine, // a date line in the text itself
    FileModified, // the file's modification time: a last resort, uncertain
};

QString dateSourceName(DateSource source);

// A piece of the source the cleaner left out, kept so that the reader can see what was cut.
struct RemovedFragment
{
    QString text;
    QString reason;      // short and human: "navigation", "repeated headline", "share buttons"
    int beforeBlock = 0; // index of the block it stood before; blocks.size() when after the last

    bool operator==(const RemovedFragment &) const = default;
};

// One news item after cleaning, the same shape for every input format. A feed or a JSON export
// yields several. Plain data: copy freely, share across threads.
struct Article
{
    QString path;      // the file it came from
    QString id;        // file name without extension; "<name>#<n>" for the n-th item of a multi-item file
    SourceFormat format = SourceFormat::Unknown;
    QString title;
    QString standfirst;
    QString byline;
    QString source;    // site or publisher name
    QString url;
    QString language;  // BCP 47 code when known
    QDateTime published;
    DateSource publishedSource = DateSource::Unknown;
    QStringList tags;
    QList<Block> blocks;
    QList<RemovedFragment> removed;
    QStringList warnings;
    QString contentHash;   // of the source bytes (and item position): identity across moves
    int cleanerVersion = 0;

    // The canonical plain text later stages index into: the blocks' text joined by blank lines.
    // Offsets of entities, events and annotations refer to this string.
    QString text() const;
    // Offset of each block's first character in text(), one entry per block.
    QList<qsizetype> blockOffsets() const;

    bool isPublishedUncertain() const
    {
        return publishedSource == DateSource::FileModified || publishedSource == DateSource::Unknown;
    }

    // The joined text is left out where the blocks are kept anyway (the library stores the
    // blocks and reads the text back from them).
    enum class JoinedText { Included, Omitted };
    QJsonObject toJson(JoinedText joinedText = JoinedText::Included) const;
    // QJsonDocument(toJson()).toJson(QJsonDocument::Compact), byte for byte, at a fraction of the
    // cost: what the library stores and `attache clean --format jsonl` prints for every article.
    QByteArray toCompactJson(JoinedText joinedText = JoinedText::Included) const;
    bool operator==(const Article &) const = default;
};

} // namespace Attache
