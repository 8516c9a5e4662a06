#include "clean/publicationdate.h"

#include "clean/textcopycleaner.h"

#include <QList>
#include <QRegularExpression>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// "2019-11-19 08:03:00", "2019-11-19T08:03:00.000+0000": ISO dates as programs misspell them.
QDateTime parseNearIso(const QString &text)
{
    static const QRegularExpression nearIso(
        uR"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?)"_s);
    const auto match = nearIso.match(text);
    if (!match.hasMatch())
        return {};
    const QDate day(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!day.isValid())
        return {};
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    const auto zoneText = match.captured(7);
    if (zoneText.isEmpty())
        return QDateTime(day, time.isValid() ? time : QTime(0, 0));
    int offset = 0;
    if (zoneText != u"Z"_s) {
        auto digits = zoneText.mid(1);
        digits.remove(u':');
        offset = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zoneText.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(day, time.isValid() ? time : QTime(0, 0), QTimeZone::fromSecondsAheadOfUtc(offset));
}

} // namespace

QDateTime parseMachineDate(QStringView view)
{
    const auto text = view.toString().simplified();
    if (text.isEmpty())
        return {};
    for (const auto format : {Qt::ISODateWithMs, Qt::ISODate, Qt::RFC2822Date}) {
        const auto date = QDateTime::fromString(text, format);
        if (date.isValid())
            return date;
    }
    // RFC 822 zone names that Qt does not read.
    static const QList<std::pair<QString, QString>> zones{
        {u"GMT"_s, u"+0000"_s}, {u"UTC"_s, u"+0000"_s}, {u"UT"_s, u"+0000"_s}, {u"Z"_s, u"+0000"_s},
        {u"EST"_s, u"-0500"_s}, {u"EDT"_s, u"-0400"_s}, {u"CST"_s, u"-0600"_s}, {u"CDT"_s, u"-0500"_s},
        {u"MST"_s, u"-0700"_s}, {u"MDT"_s, u"-0600"_s}, {u"PST"_s, u"-0800"_s}, {u"PDT"_s, u"-0700"_s},
        {u"CET"_s, u"+0100"_s}, {u"CEST"_s, u"+0200"_s}, {u"BST"_s, u"+0100"_s}};
    for (const auto &[name, offset] : zones) {
        if (text.endsWith(u' ' + name)) {
            const auto date = QDateTime::fromString(text.chopped(name.size()) + offset, Qt::RFC2822Date);
            if (date.isValid())
                return date;
        }
    }
    if (const auto date = parseNearIso(text); date.isValid())
        return date;
    // A missing weekday or a wrong one should not lose the date.
    static const QRegularExpression weekday(uR"(^[A-Za-z]{3},\s*)"_s);
    if (const auto match = weekday.match(text); match.hasMatch())
        return parseMachineDate(QStringView(text).mid(match.capturedEnd(0)));
    return {};
}

QDateTime parseWrittenDate(QStringView text)
{
    auto date = parseMachineDate(text);
    if (!date.isValid())
        date = TextCopyCleaner::parseDateLine(text.trimmed());
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace Attache
