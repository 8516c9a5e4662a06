#pragma once

#include "library/libraryindex.h"
#include "library/libraryindexer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace Attache::TestHelpers {

using namespace Qt::StringLiterals;

// A plain-text article of a few sentences on `topic`, long enough to take part in duplicate
// grouping. Different seeds give texts that share no 3-word sequence beyond the topic.
inline QString articleText(const QString &title, const QString &topic, int seed)
{
    static const QStringList subjects{u"The minister"_s, u"A spokesperson"_s, u"The ambassador"_s, u"Officials"_s,
                                      u"The delegation"_s, u"Negotiators"_s, u"The premier"_s, u"Diplomats"_s};
    static const QStringList verbs{u"said"_s, u"announced"_s, u"confirmed"_s, u"denied"_s, u"noted"_s,
                                   u"stressed"_s, u"insisted"_s, u"suggested"_s};
    static const QStringList objects{u"new tariffs on steel"_s, u"a visit in the spring"_s, u"talks on fisheries"_s,
                                     u"a joint statement on climate"_s, u"the release of two citizens"_s,
                                     u"a review of export controls"_s, u"closer cooperation on health"_s,
                                     u"an agreement on student visas"_s};
    QString text = title + u"\n\n"_s;
    for (int i = 0; i < 12; ++i) {
        const int k = seed * 7 + i * 3;
        text += u"%1 %2 on %3 of week %4 that %5 was discussed regarding %6. "_s.arg(
            subjects.at(k % subjects.size()), verbs.at((k / 2 + seed) % verbs.size()),
            QStringList{u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s, u"Thursday"_s, u"Friday"_s}.at((k + i) % 5))
                    .arg(seed * 100 + i)
                    .arg(objects.at((k + seed) % objects.size()), topic);
        if (i % 4 == 3)
            text += u"\n\n"_s;
    }
    return text;
}

inline bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

// Runs `start` and waits for the indexer to finish (it may already be running).
template<typename Start>
inline bool indexAndWait(LibraryIndexer &indexer, Start start, int timeoutMs = 60000)
{
    QSignalSpy finished(&indexer, &LibraryIndexer::indexingFinished);
    start();
    if (!indexer.isIndexing())
        return true;
    return finished.wait(timeoutMs);
}

} // namespace Attache::TestHelpers
