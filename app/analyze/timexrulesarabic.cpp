// TIMEX3 words for Arabic news, over the shared rule set (timexvocabulary.h). Arabic writes each
// month two ways: the Levantine and Iraqi names (كانون الثاني, شباط, آذار …) and the ones taken from
// the European names in Egypt and the Gulf (يناير, فبراير, مارس …); many papers print both,
// "مارس/آذار", and the first counts. Digits may be Arabic-Indic (١٤ مارس ٢٠٢٥): the tagger reads
// them as ASCII ones before the rules run. A Hijri date (١٥ رمضان ١٤٤٦ هـ) is not matched by any
// rule, so on a line that gives both ("… الموافق 16 مارس 2025م") the Gregorian one is taken.
// A one-letter proclitic (و "and", ب "in", ل "for", ف "then") may stand before a word, outside
// the expression.

#include "analyze/timexvocabulary.h"

#include "analyze/temporalvalue.h"

using namespace Qt::StringLiterals;

namespace Attache::TimexRules {

namespace {

// The day an ordinal of dayOrdinals names: a unit's ordinal, alone or with "عشر" (11-19),
// "والعشرين" or "والثلاثين" after it; "العشرين", "الثلاثين" alone. 0 for other words.
int arabicDayOrdinalNumber(const QString &text)
{
    static const QHash<QString, int> units{{u"الأول"_s, 1},  {u"الحادي"_s, 1}, {u"الثاني"_s, 2}, {u"الثالث"_s, 3},
                                           {u"الرابع"_s, 4}, {u"الخامس"_s, 5}, {u"السادس"_s, 6}, {u"السابع"_s, 7},
                                           {u"الثامن"_s, 8}, {u"التاسع"_s, 9}, {u"العاشر"_s, 10}};
    const auto words = text.simplified().split(u' ');
    if (words.first() == u"العشرين"_s)
        return 20;
    if (words.first() == u"الثلاثين"_s)
        return 30;
    const int unit = units.value(words.first(), 0);
    if (unit == 0 || words.size() == 1)
        return unit;
    return words.last() == u"عشر"_s ? unit + 10 : words.last() == u"والعشرين"_s ? unit + 20 : unit + 30;
}

} // namespace

Vocabulary arabicVocabulary()
{
    Vocabulary w;
    w.months = {u"يناير|كانون الثاني|جانفي"_s,
                u"فبراير|شباط|فيفري"_s,
                u"مارس|آذار|اذار"_s,
                u"أبريل|ابريل|إبريل|نيسان|أفريل|افريل"_s,
                u"مايو|أيار|ايار"_s,
                u"يونيو|يونيه|حزيران|جوان"_s,
                u"يوليو|يوليه|تموز|جويلية"_s,
                u"أغسطس|اغسطس|آب|أوت"_s,
                u"سبتمبر|أيلول|ايلول"_s,
                u"أكتوبر|اكتوبر|تشرين الأول|تشرين الاول"_s,
                u"نوفمبر|تشرين الثاني"_s,
                u"ديسمبر|كانون الأول|كانون الاول|دجنبر"_s};
    w.hasPairedMonths = true;
    w.weekdays = {u"الاثنين|الإثنين"_s, u"الثلاثاء"_s, u"الأربعاء|الاربعاء"_s, u"الخميس"_s,
                  u"الجمعة"_s,          u"السبت"_s,    u"الأحد|الاحد"_s};
    w.numbers = {{u"واحد"_s, 1},  {u"ثلاثة"_s, 3}, {u"ثلاث"_s, 3},  {u"أربعة"_s, 4}, {u"أربع"_s, 4},
                 {u"اربعة"_s, 4}, {u"خمسة"_s, 5},  {u"خمس"_s, 5},   {u"ستة"_s, 6},   {u"ست"_s, 6},
                 {u"سبعة"_s, 7},  {u"سبع"_s, 7},   {u"ثمانية"_s, 8}, {u"ثماني"_s, 8}, {u"تسعة"_s, 9},
                 {u"تسع"_s, 9},   {u"عشرة"_s, 10}, {u"عشر"_s, 10},   {u"عشرين"_s, 20}, {u"عدة"_s, -1},
                 {u"بضعة"_s, -1}, {u"بضع"_s, -1}};
    w.unitPattern =
        uR"((عام|أعوام|اعوام|سنة|سنوات|سنين|شهر|أشهر|اشهر|شهور|أسبوع|اسبوع|أسابيع|اسابيع|يوم|أيام|ايام|ساعة|ساعات|دقيقة|دقائق|عقد|عقود|قرن|قرون))"_s;
    w.unitCode = [](const QString &unit) {
        if (unit.startsWith(u"عام"_s) || unit.contains(u"عوام"_s) || unit.startsWith(u"سن"_s)) return u"Y"_s;
        if (unit.contains(u"شهر"_s) || unit == u"شهور"_s) return u"M"_s;
        if (unit.contains(u"سبوع"_s) || unit.contains(u"سابيع"_s)) return u"W"_s;
        if (unit.startsWith(u"يوم"_s) || unit.endsWith(u"يام"_s)) return u"D"_s;
        if (unit.startsWith(u"ساع"_s)) return u"H"_s;
        if (unit.startsWith(u"دق"_s)) return u"MIN"_s;
        if (unit.startsWith(u"عق"_s)) return u"DE"_s;
        return u"CE"_s;
    };
    // "15 سبتمبر", "الأول من سبتمبر" (the first of September)
    w.dayBeforeMonth = uR"(\s+(?:من\s+)?)"_s;
    // "السابع من أكتوبر", "الحادي والعشرين من مارس": the days after the first in ordinal words,
    // before "من" and the month; the compounds before their first word.
    w.dayOrdinals =
        uR"((?:(?:الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع)\s+(?:عشر|والعشرين|والثلاثين)|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|العشرين|الثلاثين)(?=\s+من\s))"_s;
    w.dayOrdinalNumber = arabicDayOrdinalNumber;
    w.monthBeforeYear = uR"(\s*[،,]?\s*(?:(?:عام|سنة)\s+)?)"_s;
    // "2025م", "2025 م" (ميلادي, of the Common Era)
    w.yearSuffix = uR"(\s*م)"_s;
    w.article = uR"((?:يوم\s+)?)"_s;
    // "من 1 إلى 31 ديسمبر", "بين 3 و5 يونيو": the first day of a range takes the second's month
    w.dayRangeJoin = uR"((?:إلى|الى|حتى|و|-|–))"_s;
    w.monthRangeFrom = uR"(من)"_s;
    w.monthRangeJoin = uR"(إلى|الى|حتى)"_s;
    // "في اليوم التالي" (on the next day), "في اليوم السابق" (on the day before)
    w.dayAfterNarrated = uR"(اليوم\s+التالي)"_s;
    w.dayBeforeNarrated = uR"(اليوم\s+السابق)"_s;
    // "في العام التالي" (in the following year), "العام نفسه" / "نفس العام" / "ذلك العام" (the
    // same year, that year), "العام السابق" (the year before)
    w.yearAfterNarrated = uR"((?:العام|السنة)\s+(?:التالي|التالية))"_s;
    w.sameYearNarrated = uR"((?:العام|السنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)|(?:نفس|ذات)\s+(?:العام|السنة)|ذلك\s+العام|تلك\s+السنة)"_s;
    w.yearBeforeNarrated = uR"((?:العام|السنة)\s+(?:السابق|السابقة))"_s;
    // "الأيام الأخيرة" (the last days), "الأسابيع المقبلة" (the coming weeks), "الساعات الماضية" (the
    // past hours), "السنوات الماضية"
    w.unsaidNumberOfUnit = uR"(ال(أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|سنوات|أعوام|اعوام|ساعات)\s+(?:الأخيرة|الاخيرة|الماضية|المقبلة|القادمة))"_s;
    // "أول أمس" and "أمس الأول" are both the day before yesterday
    w.todayWords = uR"(أول\s+(?:أمس|امس)|(?:أمس|امس)\s+الأول|بعد\s+غد|يوم\s+(?:أمس|امس)|أمس|امس|الأمس|البارحة|اليوم|غدا)"_s;
    w.dayOffset = [](const QString &word) {
        if (word.startsWith(u"أول"_s) || word.endsWith(u"الأول"_s)) return -2;
        if (word.startsWith(u"بعد"_s)) return 2;
        if (word.contains(u"مس"_s) || word == u"البارحة"_s) return -1;
        if (word == u"غدا"_s) return 1;
        return 0;
    };
    w.partsOfDay =
        uR"((?:صباح|مساء|ظهر|ليل|ليلة|فجر)\s+(?:اليوم|(?:أمس|امس)(?:\s+الأول)?|الأمس|غد)|الليلة\s+الماضية|هذا\s+الصباح|هذا\s+المساء)"_s;
    w.partOfDayCode = [](const QString &words) {
        return words.contains(u"صباح"_s) || words.contains(u"فجر"_s) ? u"TMO"_s
             : words.contains(u"ظهر"_s)                               ? u"TAF"_s
             : words.contains(u"مساء"_s)                              ? u"TEV"_s
                                                                      : u"TNI"_s;
    };
    w.partOfDay = [code = w.partOfDayCode](const QString &phrase) {
        // "مساء أمس الأول": the evening of the day before yesterday
        const int offset = phrase.endsWith(u"الأول"_s)                                  ? -2
                         : phrase.contains(u"مس"_s) || phrase.contains(u"الماضية"_s) ? -1
                         : phrase.endsWith(u"غد"_s)                                     ? 1
                                                                                       : 0;
        return std::pair{offset, code(phrase)};
    };
    // The words after a unit, a weekday, a month or a season that point it back, ahead or at the
    // present one: "العام الماضي", "الخميس المقبل", "الشهر الجاري"
    const auto pastWords = u"الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة"_s;
    const auto nextWords = u"المقبل|المقبلة|القادم|القادمة"_s;
    const auto shiftWords = pastWords + u"|"_s + nextWords + u"|الحالي|الحالية|الجاري|الجارية"_s;
    // "(عطلة) نهاية الأسبوع": the weekend, "the end of the week"
    w.shiftedUnits = uR"((?:العام|السنة|الشهر|الأسبوع|الاسبوع|الربع)\s+(?:)"_s + shiftWords
                   + uR"()|(?:هذا|هذه)\s+(?:العام|السنة|الشهر|الأسبوع|الاسبوع|الربع)|(?:عطلة\s+)?نهاية\s+(?:هذا\s+)?(?:الأسبوع|الاسبوع)(?:\s+(?:)"_s
                   + shiftWords + u"))?"_s;
    w.shift = [](const QString &phrase) {
        const QString unit = phrase.contains(u"نهاية"_s) ? u"weekend"_s : phrase.contains(u"سبوع"_s) ? u"week"_s
                           : phrase.contains(u"الشهر"_s) ? u"month"_s : phrase.contains(u"الربع"_s) ? u"quarter"_s : u"year"_s;
        const int step = phrase.contains(u"الماضي"_s) || phrase.contains(u"المنصرم"_s) || phrase.contains(u"الفائت"_s) ? -1
                       : phrase.contains(u"المقبل"_s) || phrase.contains(u"القادم"_s)                                    ? 1
                                                                                                                         : 0;
        return std::pair{unit, step};
    };
    w.ago = uR"((?:قبل))"_s;
    // "بعد ثلاثة أيام", "بعد أسبوعين": a date counted ahead where the clause looks ahead; else a
    // time later, and before "من" or "على" a time after an event ("بعد أسبوعين من المحادثات",
    // "بعد 3 أيام على فوزه").
    w.later = uR"((?:بعد))"_s;
    w.laterFromEvent = uR"(من|على)"_s;
    w.isLaterDatedOnlyWhenAhead = true;
    w.dualUnitPattern = uR"(عامين|عامان|سنتين|سنتان|شهرين|شهران|أسبوعين|أسبوعان|اسبوعين|يومين|يومان|ساعتين|ساعتان|دقيقتين)"_s;
    w.every = uR"(كل)"_s;
    w.sinceWords = uR"(منذ)"_s;
    w.presentWords = uR"(حاليا|الآن|الان|في\s+الوقت\s+(?:الحالي|الراهن))"_s;
    // The future of the verbs news announces with: the prefix س on the imperfect, behind و or ف.
    w.futureCues = uR"(سوف|المقبل\w*|القادم\w*|المقرر|المتوقع|[وف]?(?:سيعقد|ستعقد|سيزور|ستزور|ستجرى|سيجري|سيلتقي|ستلتقي|سيتم|سيوقع|ستوقع|سيعود|ستعود|سيصل|ستصل|سيبدأ|ستبدأ|سينطلق|ستنطلق|سيستأنف|ستستأنف|سيتوجه|ستتوجه|سيكون|ستكون|سيقوم|ستقوم))"_s;
    // The perfect of the verbs news reports with ("أعلنت الوزارة يوم الثلاثاء أن …", "التقى
    // نظيره الخميس"), behind و or ف, keeps a weekday or month back; forms that are also nouns
    // ("عقد", a contract; "بحث", research) are left out.
    w.pastCues = uR"([وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|اكد|اكدت|أوضح|أوضحت|ذكرت|صرح|صرحت|أفاد|أفادت|كشف|كشفت|التقى|التقت|استقبل|استقبلت|وصل|وصلت|زار|زارت|عقدت|وقعت|كان|كانت|أجرى|أجرت|شارك|شاركت|أشار|أشارت|أضاف|أضافت))"_s;
    w.hourMarker = uR"((?::(?=\d\d)))"_s;
    w.hourMarkerFirst = u":"_s;
    w.monthParts = uR"((?:مطلع|أوائل|أواخر|منتصف|نهاية|بداية|أواسط))"_s;
    // "مطلع العام", "نهاية العام الماضي", "نهاية الشهر". Not a year or month an adjective
    // describes ("بداية الشهر الهجري", the start of a Hijri month; "منتصف الشهر الثامن"), and not
    // the week: "نهاية الأسبوع" is the weekend (shiftedUnits).
    w.unitAfterPart = uR"(((?:هذا\s+)?(?:العام|السنة|الشهر)(?:\s+(?:)"_s + shiftWords + uR"()|(?!\s+ال))))"_s;
    // "الخميس المقبل", "الثلاثاء الماضي", "مارس الماضي", "الصيف المقبل"
    w.lastAfter = u"(?:"_s + pastWords + u")"_s;
    w.nextAfter = u"(?:"_s + nextWords + u")"_s;
    // "مساء الأربعاء", "صباح يوم الاثنين"
    w.partsBeforeWeekday = uR"((صباح|مساء|ظهر|فجر)\s+(?:يوم\s+)?)"_s;
    // "الربع الأول من عام 2024", "في الربع الثالث": the quarter's word before its ordinal
    w.partOrdinals = {u"الأول|الاول"_s, u"الثاني"_s, u"الثالث"_s, u"الرابع"_s};
    w.lastPartOrdinal = uR"(الأخير|الاخير)"_s;
    w.quarterWord = u"الربع"_s;
    w.isPartWordFirst = true;
    w.partBeforeYear = uR"(\s+(?:من\s+)?(?:(?:عام|العام|سنة|لعام)\s+)?)"_s;
    // "النصف الثاني من العام 2023", "النصف الأول من العام الماضي": a half only with its year said,
    // as "النصف الأول من الشهر" is a month's
    w.halfArticle = uR"(النصف\s+)"_s;
    w.halfOrdinals = {u"الأول|الاول"_s, u"الثاني"_s};
    w.halfOfYear = uR"((?:من\s+)?(?:عام|العام|سنة|لعام)(?:\s+((?:1[6-9]|20)\d\d)(?:\s*م)?|\s+()"_s + pastWords + u"|"_s
                 + nextWords + uR"(|الحالي|الجاري))?)"_s;
    // "الربيع العربي" is the Arab Spring
    w.seasons = {uR"(الربيع(?!\s+العربي))"_s, u"الصيف"_s, u"الخريف"_s, u"الشتاء"_s};
    w.thisSeason = uR"((?:هذا))"_s;
    w.isBareSeasonOfArticleYear = true;
    w.repetitionAdverbs = {{u"سنويا"_s, u"Y"_s}, {u"سنوياً"_s, u"Y"_s}, {u"شهريا"_s, u"M"_s}, {u"شهرياً"_s, u"M"_s},
                           {u"أسبوعيا"_s, u"W"_s}, {u"أسبوعياً"_s, u"W"_s}, {u"اسبوعيا"_s, u"W"_s}, {u"يوميا"_s, u"D"_s},
                           {u"يومياً"_s, u"D"_s}};
    w.wordStart = uR"((?:(?<![\w'])|(?<=^[وفبل])|(?<=[^\w][وفبل])))"_s;
    w.extraRules = [](const AddRule &add, const Vocabulary &words) {
        // "الساعة العاشرة صباحا", "عند الساعة الثالثة فجرا", "الساعة 3 عصرا": a clock time with its
        // hour as an ordinal in words (or digits with the part of the day), and a half or a quarter
        // after it; the part of the day tells the afternoon and evening. Only after "الساعة":
        // "الثانية" alone is "the second".
        const auto partsOfDay = uR"((?:\s+(صباحا|صباحاً|صباح|فجرا|فجراً|ظهرا|ظهراً|بعد\s+الظهر|عصرا|عصراً|مساء|مساءً|مساءا|ليلا|ليلاً)))"_s;
        add(uR"(الساعة\s+(?:(الحادية\s+عشرة|الثانية\s+عشرة|الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة)(?:\s+(?:و|إلا\s+)(النصف|الربع|ربعا|ربع))?)"_s
                + partsOfDay + uR"(?|(1[0-2]|0?[1-9]))"_s + partsOfDay + u")"_s,
            [](const QRegularExpressionMatch &m, const Context &c) {
                // The hour's ordinal agrees with "الساعة": the day's ordinal with the feminine ending
                // ("الثالثة", "الحادية عشرة"), one o'clock apart ("الواحدة").
                QString said = m.captured(1).simplified();
                said.replace(u"ة"_s, QString());
                int hour = said.isEmpty() ? m.captured(4).toInt() : said == u"الواحد"_s ? 1 : arabicDayOrdinalNumber(said);
                int minutes = 0;
                const QString fraction = m.captured(2);
                const bool isLess = m.captured(0).contains(u"إلا"_s);
                if (fraction == u"النصف"_s)
                    minutes = 30;
                else if (!fraction.isEmpty())
                    minutes = isLess ? 45 : 15;
                if (isLess && !fraction.isEmpty() && fraction != u"النصف"_s)
                    hour -= 1;
                const QString part = m.captured(3) + m.captured(5);
                const bool isAfternoon = part.startsWith(u"بعد"_s) || part.startsWith(u"عصر"_s) || part.startsWith(u"مساء"_s)
                                      || (part.startsWith(u"ظهر"_s) && hour < 5) || (part.startsWith(u"ليل"_s) && hour >= 6);
                if (isAfternoon && hour < 12)
                    hour += 12;
                if (hour < 0 || hour > 24)
                    return std::optional<Resolution>();
                return relativeValue(dayValue(c.dct) + u'T' + QString::number(hour).rightJustified(2, u'0') + u':'
                                         + QString::number(minutes).rightJustified(2, u'0'),
                                     TimexType::Time);
            });
        // "كل يوم ثلاثاء", "كل جمعة", "كل يوم الأحد": that weekday of every week. A weekday's word
        // without its article is read only after "كل" ("جمعة" is also a given name), and Sunday's
        // only after "يوم" as well: "كل أحد" is everyone.
        add(uR"(كل\s+(يوم\s+)?(?:ال)?(اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &) {
                // The weekday's number from the vocabulary's names, which have the article
                const QString named = u"ال"_s + m.captured(2);
                int number = 0;
                for (qsizetype k = 0; k < words.weekdays.size() && number == 0; ++k)
                    number = words.weekdays.at(k).split(u'|').contains(named) ? int(k) + 1 : 0;
                if (number == 0 || (number == 7 && m.capturedLength(1) == 0))
                    return std::optional<Resolution>();
                return fixedValue(u"XXXX-WXX-"_s + QString::number(number), TimexType::Set);
            });
        const auto dual = u"("_s + words.dualUnitPattern + u")"_s;
        // "قبل عامين": two years back; a dual is a count and a unit in one word
        add(uR"(قبل\s+)"_s + dual, [&words](const QRegularExpressionMatch &m, const Context &c) {
            return relativeValue(countedBack(c.dct, 2, words.unitCode(m.captured(1))));
        });
        // "قبل عام", "قبل أسبوع": one unit back (a singular counts one); not "قبل عام 2000" (before
        // the year 2000) nor "قبل أسبوع من الانتخابات" (a week before the elections)
        add(uR"(قبل\s+(عام|سنة|شهر|أسبوع|اسبوع|يوم)(?!\s*\d)(?!\s+من(?!\w)))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &c) {
                return relativeValue(countedBack(c.dct, 1, words.unitCode(m.captured(1))));
            });
        // "اليومين الماضيين", "الأسبوعين المقبلين" (the past two days, the coming two weeks): two of
        // the unit, as the plural "الأيام الماضية" is some of them
        add(uR"(ال)"_s + dual + uR"(\s+(?:الماضيين|المقبلين|الأخيرين|الاخيرين|القادمين|الماضيتين|المقبلتين|الأخيرتين|الاخيرتين|القادمتين))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &) {
                return fixedValue(duration(u"2"_s, words.unitCode(m.captured(1))), TimexType::Duration);
            });
        // "الأشهر الثلاثة الماضية", "السنوات الخمس المقبلة", "الأشهر الـ18 الماضية" (the past three
        // months, the coming five years, the past 18 months): that many of the unit, the count
        // between the plural and the word of the past or the future, with the article
        QStringList countWords;
        for (auto it = words.numbers.cbegin(); it != words.numbers.cend(); ++it) {
            if (it.value() > 0)
                countWords << it.key();
        }
        add(uR"(ال(أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|سنوات|أعوام|اعوام|ساعات)\s+(?:ال()"_s + countWords.join(u'|')
                + uR"()|الـ\s*(\d{1,3}))\s+(?:الأخيرة|الاخيرة|الماضية|المقبلة|القادمة))"_s,
            [&words](const QRegularExpressionMatch &m, const Context &) {
                const int count = m.capturedLength(2) > 0 ? words.numbers.value(m.captured(2)) : m.captured(3).toInt();
                if (count < 1)
                    return std::optional<Resolution>();
                return fixedValue(duration(QString::number(count), words.unitCode(m.captured(1))), TimexType::Duration);
            });
        // "عامين", "لمدة يومين": two of the unit
        add(dual, [&words](const QRegularExpressionMatch &m, const Context &) {
            return fixedValue(duration(u"2"_s, words.unitCode(m.captured(1))), TimexType::Duration);
        });
        // "القرن العشرين", "القرن الحادي والعشرين", "القرن الـ21": a century, as TIMEX3 writes it
        // (its first two digits, "19" for the twentieth)
        static const QHash<QString, int> centuries{{u"الخامس عشر"_s, 15}, {u"السادس عشر"_s, 16}, {u"السابع عشر"_s, 17},
                                                   {u"الثامن عشر"_s, 18},  {u"التاسع عشر"_s, 19},  {u"العشرين"_s, 20},
                                                   {u"الحادي والعشرين"_s, 21}};
        QStringList ordinals;
        for (auto it = centuries.cbegin(); it != centuries.cend(); ++it)
            ordinals << QString(it.key()).replace(u' ', uR"(\s+)"_s);
        ordinals.sort(); // one pattern whatever the hash's order
        add(uR"(القرن\s+(?:الـ\s*(\d{1,2})|()"_s + ordinals.join(u'|') + u"))"_s,
            [](const QRegularExpressionMatch &m, const Context &) {
                const int century = m.capturedLength(1) > 0 ? m.captured(1).toInt() : centuries.value(m.captured(2).simplified(), 0);
                const auto value = centuryValue(century);
                return value.isEmpty() ? std::optional<Resolution>() : fixedValue(value);
            });
        // "2025/3/14", "2025-03-14": the year first, as Arabic papers often print it
        add(uR"(((?:1[6-9]|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d))"_s, [](const QRegularExpressionMatch &m, const Context &) {
            const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            return date.isValid() ? fixedValue(dayValue(date)) : std::nullopt;
        });
    };
    return w;
}

} // namespace Attache::TimexRules
