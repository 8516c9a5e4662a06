#pragma once

#include "ingest/sourcedocument.h"

#include <optional>

namespace Attache {

struct SourceReadResult
{
    std::optional<SourceDocument> document;
    QString error; // why the file could not be read, in words a reader understands; empty on success
};

// Reads one article file from disk: checks it is a regular, non-empty, not too large text file,
// decodes it and detects its format. Never writes to the file. Reentrant.
class SourceReader final
{
public:
    // Larger files are refused with a message rather than read: a news article is rarely over
    // a few megabytes, and the limit bounds memory when many files load in parallel.
    static constexpr qint64 DefaultMaximumFileSize = 64 * 1024 * 1024;

    explicit SourceReader(qint64 maximumFileSize = DefaultMaximumFileSize);

    SourceReadResult read(const QString &path) const;
    // For bytes that did not come from a file of their own (tests, stdin, resources).
    static SourceReadResult fromBytes(const QString &path, const QByteArray &bytes, const QDateTime &modified = {});

private:
    qint64 m_maximumFileSize;
};

} // namespace Attache
