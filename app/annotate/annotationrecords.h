#pragma once

// Times as the annotation store keeps them, shared by annotationstore.cpp and the files beside it
// (annotationstorefile.cpp, annotationexchange.cpp). Internal to annotate/: not for other layers.

#include <QDateTime>
#include <QString>

namespace Attache::AnnotationRecords {

inline QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QDateTime parseTimestamp(const QString &text)
{
    auto time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

inline QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Attache::AnnotationRecords
