#pragma once

#include <QDateTime>
#include <QStringView>

namespace Attache {

// The one reader of publication dates, for every format's metadata.
//
// parseMachineDate reads what programs write: ISO 8601 and its near spellings ("2019-11-19
// 08:03:00", "2019-11-19T08:03:00.000+0000"), RFC 2822 with or without (or with a wrong)
// weekday, and the zone names RFC 822 allows that Qt does not read (GMT, EST, CEST…). A date or
// time without a zone is local time, as Qt reads ISO dates. Invalid when none of these.
QDateTime parseMachineDate(QStringView text);

// parseWrittenDate also reads what people write in front matter and JSON exports ("March 5,
// 2024", "5 March 2024 10:15"): a machine date first, then a date line in words. In UTC.
QDateTime parseWrittenDate(QStringView text);

} // namespace Attache
