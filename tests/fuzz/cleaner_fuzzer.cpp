// libFuzzer target: arbitrary bytes through SourceReader::fromBytes and ArticleCleaner::clean with
// the format forced to ATTACHE_FUZZ_FORMAT (a SourceFormat enumerator), so that every reader sees
// every kind of garbage, not only what the format detector would hand it.
#include "clean/articlecleaner.h"
#include "ingest/sourcereader.h"

#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Warnings about malformed input are expected by the thousand; they would drown the report.
    QLoggingCategory::setFilterRules(u"attache.*=false\nqt.*=false"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto read = Attache::SourceReader::fromBytes(u"fuzz-input"_s, bytes);
    if (!read.document)
        return 0;
    read.document->format = Attache::SourceFormat::ATTACHE_FUZZ_FORMAT;
    const auto result = Attache::ArticleCleaner().clean(*read.document);
    // Use every derived value, so that offsets and serialisation are exercised too.
    for (const auto &article : result.articles) {
        const auto text = article.text();
        const auto offsets = article.blockOffsets();
        if (offsets.size() != article.blocks.size())
            __builtin_trap();
        for (qsizetype i = 0; i < offsets.size(); ++i) {
            if (QStringView(text).mid(offsets.at(i), article.blocks.at(i).text.size()) != article.blocks.at(i).text)
                __builtin_trap();
        }
        (void)article.toJson();
    }
    return 0;
}
