#include "clean/textcopycleaner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {

// Lines that only follow an article: its author's box, a poll on it, recommendations.
const auto AfterTheArticle = u"after the article"_s;
// A line of bracketed labels: a text browser's picture or form field ("[photo]", "[ ]").
const auto ImageOrFormField = u"image or form field"_s;

// Lines longer than this are never matched against phrase patterns: boilerplate is short, and
// the bound keeps a pathological line (megabytes without a break) from costing regex time.
constexpr qsizetype PatternLineLimit = 400;
// Only this many lines above the body are searched for the headline (pairwise comparisons).
constexpr qsizetype HeaderWindow = 120;

enum class Role {
    Unknown,
    Body,
    Heading,
    ListItem,
    Title,
    Standfirst,
    Byline,
    DateLine,
    Removed,
};

struct Line
{
    QString text;
    QString key;            // lower-case, for duplicate checks
    qsizetype group = 0;    // lines not separated by a blank line share a group
    qsizetype groupSize = 1;
    int words = 0;
    bool isProse = false;
    bool endsSentence = false;
    bool isCutOff = false;  // ends with "..." or "…"
    QString boilerplate;    // reason when the line matches a boilerplate pattern
    bool isDate = false;
    bool isByline = false;
    bool isPicturePlace = false;  // "[photo_1]": where a picture stood (not a form's "[ ]")
    bool announcesList = false;   // "The tour dates:" above a list of short lines
    bool isAnnouncedItem = false; // in such a list
    Role role = Role::Unknown;
    QString reason;
};

// Hashes of the text's runs of four words, lower-cased: a page that gives the article twice (a
// print or "AMP" copy below the first, with other line breaks) repeats its runs, not its lines.
QList<quint64> wordRunHashes(QStringView text)
{
    QList<quint64> words;
    quint64 hash = 14695981039346656037ULL;
    bool inWord = false;
    for (const auto c : text) {
        if (c.isLetterOrNumber()) {
            hash = (hash ^ c.toLower().unicode()) * 1099511628211ULL;
            inWord = true;
        } else if (inWord) {
            words << hash;
            hash = 14695981039346656037ULL;
            inWord = false;
        }
    }
    if (inWord)
        words << hash;
    QList<quint64> runs;
    for (qsizetype i = 0; i + 4 <= words.size(); ++i)
        runs << (words[i] * 31 + words[i + 1]) * 1000003 + words[i + 2] * 7919 + words[i + 3];
    return runs;
}

// Words separated by spaces; in Chinese, Japanese and Korean text, which has few spaces, every
// two ideographs or kana count as a word, roughly what a word is worth in length.
int countWords(QStringView text)
{
    int words = 0;
    int ideographs = 0;
    bool inWord = false;
    for (const auto c : text) {
        const auto code = c.unicode();
        if ((code >= 0x3040 && code <= 0x30FF) || (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0xAC00 && code <= 0xD7AF))
            ++ideographs;
        const bool isSpace = c.isSpace();
        if (!isSpace && !inWord)
            ++words;
        inWord = !isSpace;
    }
    return std::max(words, ideographs / 2);
}

bool endsWithSentencePunctuation(QStringView text)
{
    // Closing quotes and brackets may follow the full stop.
    static const QString closers = u"\"'”’»)]"_s;
    qsizetype end = text.size();
    while (end > 0 && closers.contains(text.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    const auto last = text.at(end - 1);
    return last == u'.' || last == u'!' || last == u'?' || last == u'…' || last == u'。' || last == u'！'
        || last == u'？';
}

bool isCutOffLine(QStringView text)
{
    return text.endsWith(u"..."_s) || text.endsWith(u'…');
}

QStringView withoutEllipsis(QStringView text)
{
    if (text.endsWith(u"..."_s))
        text.chop(3);
    else if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

struct Pattern
{
    QRegularExpression expression;
    QString reason;
};

// Whole-line boilerplate in the languages Attaché's readers use most. Matched case-insensitively
// against the line without bullets and trailing colons.
const QList<Pattern> &wholeLinePatterns()
{
    static const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<Pattern> patterns{
        {QRegularExpression(u"^(skip (to|navigation)( (main )?(content|navigation|main|search|footer))?|jump to (main )?(content|navigation)|zum inhalt( springen)?|direkt zum inhalt|aller au contenu( principal)?|passer au contenu|saltar al contenido( principal)?|ir al contenido)$"_s, options),
         u"skip link"_s},
        {QRegularExpression(u"^(read (also|more|next|this next|the full story)|see also|also read|related( articles| stories| posts| content| news| coverage| topics| links)?|more (stories|news|articles|coverage|from [\\w .&'-]{1,40}|on (this|that) story)|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|weitere artikel|leer más|lee también|lea también|te puede interesar|leggi anche|you (may|might) also like|recommended( for you| stories| reading)?|editor'?s picks?|most (popular|read|viewed|shared)( \\w+){0,3}|trending( now| stories)?|top stories|don'?t miss|more in [\\w ]{1,30}|further reading)$"_s, options),
         u"read also"_s},
        {QRegularExpression(u"^(latest( news| stories| articles| headlines| updates)?|breaking( news)?|just in|live|news|home|homepage|accueil|startseite|inicio|neueste artikel|à la une|dernières? (nouvelles|actualités|infos))$"_s, options),
         u"latest"_s},
        {QRegularExpression(u"^((share|teilen|partager|compartir|condividi)( (this|the) (article|story|page|post))?( (on|via|with) [\\w ]{1,20})?|tweet|tweet this|pin( it)?|e-?mail( this)?( article| story)?|print( this)?( article| story| page)?|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|messenger|copy( the)? link|link copied|save( article| story| for later)?|bookmark|gift( this)? article|listen( to this)?( article| story)?|\\d+ shares?)$"_s, options),
         u"share buttons"_s},
        {QRegularExpression(u"^(subscribe( now| today| here| for [\\w ]{1,30}| to [\\w .'&]{1,40})?|sign ?(in|up|out)( (now|here|for [\\w .'&]{1,40}))?|log ?(in|out)|register|my account|account|create (an |free )?account|newsletters?|get (our|the) newsletter|abonnieren|jetzt abonnieren|anmelden|s'abonner|abonnez-vous|se connecter|connexion|suscr[ií]bete|iniciar sesión|become a member|support (us|our journalism)|donate)$"_s, options),
         u"subscribe"_s},
        {QRegularExpression(u"^(advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted( content)?|partner content|anzeige|werbung|publicité|publicidad|pubblicità|story continues (below|after) (the )?advertisement|continue reading( (below|the main story))?|scroll (down )?to continue( reading)?)$"_s, options),
         u"advertisement"_s},
        {QRegularExpression(u"^(menu|main menu|close|close menu|open menu|toggle navigation|navigation|search|search for:?|go|back to top|to top|top|next|previous|prev|next article|previous article|next post|previous post|more|show more|load more|see more|view all|see all|all|back|continue|ok|accept|accept all|agree|i agree|dismiss|got it|•+|…|\\||\\*|-+|›|»|«|>|<|\\d{1,3})$"_s, options),
         u"navigation"_s},
        {QRegularExpression(u"^(privacy( policy| notice| settings)?|cookie (policy|settings|preferences)|terms( of (use|service))?|terms (and|&) conditions|contact( us)?|about( us)?|imprint|impressum|datenschutz(erklärung)?|mentions légales|aviso legal|política de privacidad|sitemap|site map|careers|jobs|advertise( with us)?|faqs?|help|feedback|rss|accessibility)$"_s, options),
         u"footer"_s},
        {QRegularExpression(u"^(photo|image|picture|foto|video|getty images|shutterstock|reuters|afp|ap|epa|credit)$"_s, options),
         u"image credit"_s},
        // What a page puts between the article and the next ones: its author's box, a poll on
        // the article, recommendations.
        {QRegularExpression(u"^(about the authors?|more from (this|the) author|read more from this author\\b.*|(did you )?(like|enjoy)(d)? this (article|story|post)\\??|"
                            "was this (article|story|page) (helpful|useful)\\??|we recommend|recommended( for you| reading)?|you (may|might) also (like|enjoy))$"_s,
                            options),
         AfterTheArticle},
        // "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Min.", "Temps de lecture : 2 min".
        {QRegularExpression(u"^((reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura)\\s*:?\\s*)?(about |approx\\.? |ca\\. |~)?\\d{1,3}\\s*(-|to|–)?\\s*(\\d{1,3}\\s*)?(min(ute)?s?|min\\.|minuten|minutos?|minuti)\\.?( (read|reading|read time|reading time|de lecture|lesezeit|lectura|lettura))?$"_s, options),
         u"reading time"_s},
        // "About Jane Doe" over an author's box (and its picture): a name, capitalised.
        {QRegularExpression(u"^(About|Sobre|Über|À propos de|Acerca de|Foto von|Photo of) \\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}.'-]*){1,2}$"_s,
                            QRegularExpression::UseUnicodePropertiesOption),
         AfterTheArticle},
        // BBC-style labels of a picture: "Image copyright Getty Images", "Image caption …".
        {QRegularExpression(u"^(image|photo|picture|video) (caption|copyright|credit|source)\\b"_s, options), u"image caption"_s},
        // A page's reference number on a line of its own.
        {QRegularExpression(u"^\\d{8,}$"_s, options), u"page code"_s},
        {QRegularExpression(u"^(\\d+ (responses?|comments?|replies|reactions?)( to .*)?|leave a (reply|comment)( cancel reply)?|comments?( \\(\\d+\\))?|(show|view|load|add)( a| all)? comments?|kommentare?|commentaires?|comentarios?|post a comment|join the (discussion|conversation)|comments are closed|add your comment|(show|view|read) (all )?\\d* ?comments|kommentare|commentaires|comentarios|discussion)$"_s, options),
         u"comments"_s},
    };
    return patterns;
}

// Boilerplate recognised anywhere in a short line.
const QList<Pattern> &containsPatterns()
{
    static const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<Pattern> patterns{
        {QRegularExpression(u"\\bcookies?\\b.*\\b(use|uses|using|accept|consent|agree|policy|settings|preferences|experience|continuing)\\b|\\b(use|uses|using|accept|consent)\\b.*\\bcookies?\\b|\\bverwendet cookies\\b|utilise des cookies|utiliza cookies"_s, options),
         u"cookie notice"_s},
        {QRegularExpression(u"©|\\(c\\) ?(19|20)\\d\\d|\\ball rights reserved\\b|\\balle rechte vorbehalten\\b|\\btous droits réservés\\b|\\btodos los derechos reservados\\b|^copyright\\b"_s, options),
         u"footer"_s},
        {QRegularExpression(u"\\b(sign up for|subscribe to) (our|the) [\\w ]{0,30}newsletter|\\bnewsletter\\b.*\\b(sign up|subscribe|inbox)\\b|\\bget (the|our) [\\w ]{0,30}(in your inbox|delivered)|\\bdelivered (to|through|into) your (inbox|door|letterbox|mailbox)\\b"_s, options),
         u"subscribe"_s},
        {QRegularExpression(u"^(share|teilen|partager) (on|via|this)\\b.*\\b(facebook|twitter|linkedin|whatsapp|email)\\b|^(facebook|twitter|linkedin|whatsapp|email)( ?[|/·,]? ?(facebook|twitter|linkedin|whatsapp|email|print|reddit|pinterest|copy link|x))+$"_s, options),
         u"share buttons"_s},
        {QRegularExpression(u"^(read (also|more)|see also|related|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|leer más|leggi anche) ?[:—–-] ?\\S"_s, options),
         u"read also"_s},
        {QRegularExpression(u"^\\d+ (responses?|comments?|replies|thoughts) (to|on)\\b|\\b\\d+ comments\\b.*\\bfeed for comments\\b"_s, options),
         u"comments"_s},
        // "Follow us on Facebook", "Find us on Instagram", "Folgen Sie uns auf Twitter".
        {QRegularExpression(u"^((follow|find|like|join|connect with|watch|subscribe to) (us|him|her|me|them|[\\w.&'-]{1,30}) on|suivez-nous sur|retrouvez-nous sur|folgen sie uns( auf)?|síguenos en|seguici su) (facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|whatsapp|threads|bluesky|mastodon|pinterest|snapchat|flipboard|google news|apple news)\\b"_s, options),
         u"social links"_s},
        {QRegularExpression(u"^[\\w.-]+\\.(jpe?g|png|gif|webp|svg|avif)$"_s, options), u"image or form field"_s},
        {QRegularExpression(u"^https?://\\S+$|^www\\.\\S+$|^\\S+@\\S+\\.\\w+$|^@\\w+$"_s, options),
         u"link"_s},
        {QRegularExpression(u"^(\\[[^\\]]*\\]\\s*)+$"_s, options), ImageOrFormField},
        // … or with "Credit: ESA" after its last sentence.
        {QRegularExpression(u"[.!?”\"]\\s*(photo )?credits?:\\s*[\\w .,/&'-]{1,60}$"_s, options), u"image caption"_s},
        // A photo caption ends with its credit: "(AP Photo/Toby Talbot)", "(Getty Images)".
        {QRegularExpression(u"\\((\\w[\\w .'-]*/[^)]*|[^)]*\\b(photo|photos|foto|image|images|getty|reuters|afp|ap|epa|file|credit|courtesy|shutterstock)\\b[^)]*)\\)\\.?$"_s, options),
         u"image caption"_s},
        {QRegularExpression(u"\\bjavascript\\b.*\\b(enable|disabled|requires?|required)\\b|\\b(enable|disabled|required)\\b.*\\bjavascript\\b|\\byour browser\\b.*\\b(support|update|upgrade)"_s, options),
         u"browser notice"_s},
    };
    return patterns;
}

QString boilerplateReason(const QString &text, int words)
{
    // Legal small print is prose too; two different of its terms in one line give it away.
    static const QRegularExpression legalTerm(
        u"\\b(this (web)?site|our (web)?site|customer service|terms of (use|service)|privacy policy|registered trademarks?|copyright|rights reserved|disclaimer|not intended to|consult your|medical advice|informational purposes|affiliate links?)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (text.size() <= 5000) {
        QSet<QString> legalTerms;
        for (auto it = legalTerm.globalMatchView(text); it.hasNext();)
            legalTerms.insert(it.next().captured(1).toLower());
        if (legalTerms.size() >= 2)
            return u"legal notice"_s;
    }
    if (text.size() > PatternLineLimit)
        return {};
    static const QRegularExpression decoration(u"^[\\s•·*▪►▸›»>|\\-–—]+|[\\s:•·|\\-–—›»>]+$"_s);
    QString bare = text;
    bare.remove(decoration);
    if (bare.isEmpty())
        return u"decoration"_s;
    for (const auto &pattern : wholeLinePatterns()) {
        if (pattern.expression.matchView(bare).hasMatch())
            return pattern.reason;
    }
    if (words > 60)
        return {};
    for (const auto &pattern : containsPatterns()) {
        if (pattern.expression.matchView(text).hasMatch())
            return pattern.reason;
    }
    return {};
}

bool isBylineLine(const QString &text, int words)
{
    if (words > 12 || text.size() > 160)
        return false;
    static const QRegularExpression byline(
        u"^(by|von|par|por|di|door|av|af|from|written by|text:|texte:|autor:|author:|reporting by)\\s+\\p{Lu}"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // Case-insensitive matching also lets "by the way, …" through; the capital after it must be real.
    const auto match = byline.matchView(text);
    if (!match.hasMatch())
        return false;
    const auto last = match.capturedView(0).back();
    return last.isUpper() && !endsWithSentencePunctuation(text);
}

QString bylineName(const QString &text)
{
    static const QRegularExpression prefix(
        u"^(by|von|par|por|di|door|av|af|from|written by|text:|texte:|autor:|author:|reporting by)\\s+"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailer(u"\\s*[,|·•–—-]\\s*(updated|published|posted|\\d).*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    auto name = text;
    name.remove(prefix);
    name.remove(trailer);
    return name.trimmed();
}

int monthFromName(QStringView name)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const QList<QStringList> names{
            {u"jan"_s, u"january"_s, u"janvier"_s, u"januar"_s, u"enero"_s, u"gennaio"_s, u"jänner"_s, u"janeiro"_s, u"januari"_s},
            {u"feb"_s, u"february"_s, u"février"_s, u"fevrier"_s, u"februar"_s, u"febrero"_s, u"febbraio"_s, u"fevereiro"_s, u"februari"_s},
            {u"mar"_s, u"march"_s, u"mars"_s, u"märz"_s, u"marzo"_s, u"março"_s, u"maart"_s},
            {u"apr"_s, u"april"_s, u"avril"_s, u"abril"_s, u"aprile"_s},
            {u"may"_s, u"mai"_s, u"mayo"_s, u"maggio"_s, u"maio"_s, u"mei"_s},
            {u"jun"_s, u"june"_s, u"juin"_s, u"juni"_s, u"junio"_s, u"giugno"_s, u"junho"_s},
            {u"jul"_s, u"july"_s, u"juillet"_s, u"juli"_s, u"julio"_s, u"luglio"_s, u"julho"_s},
            {u"aug"_s, u"august"_s, u"août"_s, u"aout"_s, u"agosto"_s, u"augustus"_s},
            {u"sep"_s, u"sept"_s, u"september"_s, u"septembre"_s, u"septiembre"_s, u"settembre"_s, u"setembro"_s},
            {u"oct"_s, u"october"_s, u"octobre"_s, u"oktober"_s, u"octubre"_s, u"ottobre"_s, u"outubro"_s},
            {u"nov"_s, u"november"_s, u"novembre"_s, u"noviembre"_s, u"novembro"_s},
            {u"dec"_s, u"december"_s, u"décembre"_s, u"decembre"_s, u"dezember"_s, u"diciembre"_s, u"dicembre"_s, u"dezembro"_s},
        };
        for (int i = 0; i < names.size(); ++i)
            for (const auto &n : names.at(i))
                m.insert(n, i + 1);
        return m;
    }();
    return months.value(name.toString().toLower(), 0);
}

} // namespace

QDateTime TextCopyCleaner::parseDateLine(QStringView line)
{
    if (line.size() > 200)
        return {};
    static const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QString monthWord = u"(\\p{L}{3,10})\\.?"_s;
    static const QRegularExpression iso(u"\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b"_s);
    static const QRegularExpression monthDayYear(u"\\b"_s + monthWord + u"\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b"_s, options);
    static const QRegularExpression dayMonthYear(u"\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?"_s + monthWord + u"\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b"_s, options);
    static const QRegularExpression numeric(u"\\b(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d\\d)\\b"_s);
    static const QRegularExpression clock(u"\\b(\\d{1,2})[:h.](\\d\\d)(?:\\s*([ap])\\.?\\s?m\\b\\.?)?"_s, options);

    QDate date;
    qsizetype dateEnd = -1;
    if (const auto m = iso.matchView(line); m.hasMatch()) {
        date = QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        dateEnd = m.capturedEnd(0);
    }
    if (!date.isValid()) {
        if (const auto m = monthDayYear.matchView(line); m.hasMatch()) {
            if (const int month = monthFromName(m.capturedView(1)))
                date = QDate(m.capturedView(3).toInt(), month, m.capturedView(2).toInt());
            dateEnd = m.capturedEnd(0);
        }
    }
    if (!date.isValid()) {
        if (const auto m = dayMonthYear.matchView(line); m.hasMatch()) {
            if (const int month = monthFromName(m.capturedView(2)))
                date = QDate(m.capturedView(3).toInt(), month, m.capturedView(1).toInt());
            dateEnd = m.capturedEnd(0);
        }
    }
    if (!date.isValid()) {
        if (const auto m = numeric.matchView(line); m.hasMatch()) {
            int day = m.capturedView(1).toInt();
            int month = m.capturedView(3).toInt();
            // Day first, as most of the world writes it, unless that cannot be.
            if (month > 12 || (m.capturedView(2) == u"/"_s && day <= 12 && month > 12))
                std::swap(day, month);
            date = QDate(m.capturedView(4).toInt(), month, day);
            dateEnd = m.capturedEnd(0);
        }
    }
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (const auto m = clock.matchView(line, dateEnd); m.hasMatch()) {
        int hour = m.capturedView(1).toInt();
        const int minute = m.capturedView(2).toInt();
        const auto half = m.capturedView(3).toString().toLower();
        if (half == u"p"_s && hour < 12)
            hour += 12;
        else if (half == u"a"_s && hour == 12)
            hour = 0;
        if (QTime::isValid(hour, minute, 0))
            time = QTime(hour, minute);
    }
    return QDateTime(date, time, QTimeZone::UTC);
}

namespace {

bool isHeadlineLike(const Line &line)
{
    if (line.words < 1 || line.words > 20 || line.text.size() > 200 || line.isProse)
        return false;
    if (!line.boilerplate.isEmpty() || line.isDate || line.isByline)
        return false;
    const auto first = line.text.front();
    if (!(first.isUpper() || first.isDigit() || first == u'"' || first == u'“' || first == u'‘' || first == u'\''))
        return false;
    const auto last = line.text.back();
    return last != u',' && last != u';' && last != u'.' && last != u':' && last != u'|';
}

// A name alone on a line ("Priya Sandhu", "Jean-Luc de la Tour"): two to five capitalised words
// but for a few particles, nothing but letters, hyphens, apostrophes and initials' dots.
bool isNameLine(const Line &line)
{
    if (line.words < 2 || line.words > 5 || line.text.size() > 60 || !line.boilerplate.isEmpty() || line.isDate
        || line.isProse)
        return false;
    static const QSet<QString> particles{u"de"_s, u"da"_s, u"del"_s, u"della"_s, u"der"_s, u"den"_s, u"van"_s,
                                         u"von"_s, u"la"_s, u"le"_s, u"du"_s, u"al"_s, u"bin"_s, u"ibn"_s,
                                         u"y"_s, u"dos"_s, u"das"_s, u"di"_s, u"ter"_s, u"zu"_s};
    for (const auto word : QStringView(line.text).split(u' ', Qt::SkipEmptyParts)) {
        if (particles.contains(word.toString()))
            continue;
        if (!word.front().isUpper())
            return false;
        for (const auto c : word)
            if (!c.isLetter() && c != u'-' && c != u'\'' && c != u'’' && c != u'.')
                return false;
    }
    return true;
}

// Whether the line at index has a date line or a reading time line just above or below it,
// within [from, to).
bool isBesideDateLine(const QList<Line> &lines, qsizetype index, qsizetype from, qsizetype to)
{
    auto isDateLike = [&](qsizetype j) {
        return j >= from && j < to && (lines.at(j).isDate || lines.at(j).boilerplate == u"reading time"_s);
    };
    return isDateLike(index - 1) || isDateLike(index + 1);
}

// The standfirst: a sentence or two just below the headline.
bool isStandfirstLike(const Line &line)
{
    return line.words >= 6 && line.words <= 80 && line.boilerplate.isEmpty() && !line.isByline && !line.isDate
        && (line.endsSentence || line.words >= 12) && !line.isCutOff;
}

// How much a line speaks for being inside the article body; the body is the run of lines with
// the largest total. gapLength counts the lines without prose just before this one: each further
// line of a gap costs more, so that a heading or a caption between paragraphs is bridged but a
// long list of links between the article and more prose below it is not.
double bodyScore(const Line &line, bool isRepeat, int gapLength)
{
    if (line.boilerplate == u"comments"_s)
        return -50.0; // what follows is readers' comments, however long
    if (line.boilerplate == AfterTheArticle)
        return -50.0; // an author's box, a poll on the article: the article has ended
    if (line.isPicturePlace)
        return 0.0; // between paragraphs: neither text nor clutter
    if (line.isProse && !isRepeat)
        return line.words;
    const double base = isRepeat ? -4.0 : !line.boilerplate.isEmpty() ? -6.0 : (line.endsSentence && line.words >= 4) ? -1.0 : -3.0;
    return base - gapLength;
}

} // namespace

Article TextCopyCleaner::clean(const QString &text) const
{
    Article article;

    // 1. Lines, grouped by blank lines.
    QList<Line> lines;
    {
        QString normalized = text;
        normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        qsizetype group = 0;
        bool blankSeen = false;
        for (const auto raw : QStringView(normalized).split(u'\n')) {
            auto simplified = raw.toString().simplified();
            // A zero-width space or a byte-order mark alone is a blank line too.
            simplified.remove(QChar(0x200B)).remove(QChar(0xFEFF));
            if (simplified.isEmpty()) {
                blankSeen = true;
                continue;
            }
            if (blankSeen && !lines.isEmpty())
                ++group;
            blankSeen = false;
            Line line;
            line.text = simplified;
            line.key = simplified.toLower();
            line.group = group;
            lines << line;
        }
    }
    if (lines.isEmpty())
        return article;
    {
        QHash<qsizetype, qsizetype> groupSizes;
        for (const auto &line : std::as_const(lines))
            ++groupSizes[line.group];
        for (auto &line : lines)
            line.groupSize = groupSizes.value(line.group);
    }

    // 2. Features of each line.
    for (auto &line : lines) {
        line.words = countWords(line.text);
        line.endsSentence = endsWithSentencePunctuation(line.text);
        line.isCutOff = isCutOffLine(line.text);
        line.boilerplate = boilerplateReason(line.text, line.words);
        line.isProse = line.boilerplate.isEmpty() && !line.isCutOff
            && ((line.words >= 10 && line.endsSentence) || line.words >= 25 || (line.text.size() >= 200 && line.words >= 5));
        line.isDate = line.words <= 16 && !line.isProse && parseDateLine(line.text).isValid();
        line.isByline = isBylineLine(line.text, line.words);
        static const QRegularExpression blankField(u"\\[\\s*\\]"_s);
        line.isPicturePlace = line.boilerplate == ImageOrFormField && !blankField.match(line.text).hasMatch();
    }
    // Bracketed labels right under "Advertisement" or under a form field belong to them, however
    // many follow one another.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const auto &above = lines.at(i - 1);
        const bool isUnderAdvertOrForm = above.boilerplate == u"advertisement"_s
            || (above.boilerplate == ImageOrFormField && !above.isPicturePlace);
        if (lines.at(i).isPicturePlace && above.group == lines.at(i).group && isUnderAdvertOrForm)
            lines[i].isPicturePlace = false;
    }

    // "Comments" in a row of share buttons, or "Comment" in a menu (an opinion section), links
    // elsewhere: it does not open the readers' comments.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        auto &line = lines[i];
        if (line.boilerplate != u"comments"_s || line.words > 3)
            continue;
        auto isShareNeighbour = [&](qsizetype j) {
            return j >= 0 && j < lines.size() && lines.at(j).group == line.group
                && lines.at(j).boilerplate == u"share buttons"_s;
        };
        if (isShareNeighbour(i - 1) || isShareNeighbour(i + 1))
            line.boilerplate = u"share buttons"_s;
        else if (line.groupSize >= 5)
            line.boilerplate = u"navigation"_s;
    }

    // The complete version of a cut-off line nearby is a headline, however long.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isCutOff)
            continue;
        const auto stem = withoutEllipsis(lines.at(i).key);
        if (stem.size() < 12)
            continue;
        for (qsizetype j = std::max<qsizetype>(0, i - 3); j < std::min(lines.size(), i + 4); ++j) {
            if (j != i && lines.at(j).key.size() > stem.size() && QStringView(lines.at(j).key).startsWith(stem))
                lines[j].isProse = false;
        }
    }

    // A breadcrumb trail ends with the headline that follows it: "Home News Business <headline>".
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        for (qsizetype j = i + 1; j < std::min(lines.size(), i + 4); ++j) {
            const auto &shorter = lines.at(j);
            if (shorter.words >= 4 && lines.at(i).key.size() > shorter.key.size() && lines.at(i).key.endsWith(shorter.key)) {
                lines[i].boilerplate = u"breadcrumb"_s;
                lines[i].isProse = false;
                break;
            }
        }
    }

    // 3. The body: the run of lines with the largest total score (Kadane's maximum subarray).
    const qsizetype count = lines.size();
    qsizetype bodyStart = 0;
    qsizetype bodyEnd = -1; // inclusive
    {
        QHash<QString, qsizetype> firstSeen;
        double best = 0.0;
        double running = 0.0;
        qsizetype runStart = 0;
        int gapLength = 0;
        bool isAfterComments = false;
        // The article usually starts just under its byline or date line: the first prose line
        // within a few lines of the first such line weighs more.
        qsizetype anchoredProse = -1;
        for (qsizetype i = 0; i < count && anchoredProse < 0; ++i) {
            if (!lines.at(i).isDate && !lines.at(i).isByline)
                continue;
            // Share buttons and pictures between the date line and the text do not count.
            int steps = 0;
            for (qsizetype j = i + 1; j < count && steps < 4; ++j) {
                if (lines.at(j).isProse) {
                    anchoredProse = j;
                    break;
                }
                if (lines.at(j).boilerplate.isEmpty())
                    ++steps;
            }
        }
        for (qsizetype i = 0; i < count; ++i) {
            const bool isRepeat = firstSeen.contains(lines.at(i).key);
            firstSeen.insert(lines.at(i).key, i);
            if (running <= 0.0) {
                running = 0.0;
                runStart = i;
            }
            double score = bodyScore(lines.at(i), isRepeat, gapLength);
            // An author's name beside a date line, once the text has begun: the next article of
            // a page that loads one after another.
            if (best > 0.0 && lines.at(i).isDate
                && ((i > 0 && (isNameLine(lines.at(i - 1)) || lines.at(i - 1).isByline))
                    || (i + 1 < count && (isNameLine(lines.at(i + 1)) || lines.at(i + 1).isByline))))
                score = -40.0;
            // Readers' comments follow an article: a comments line before any prose is a link.
            if (lines.at(i).boilerplate == u"comments"_s && best > 0.0)
                isAfterComments = true;
            else if (isAfterComments && score > 0.0)
                score *= 0.1; // readers' comments are prose too, but not the article
            if (i == anchoredProse)
                score += 25.0;
            // Share lines, "Read also" and the like mark the end of an article: they widen a gap more.
            if (!lines.at(i).isPicturePlace)
                gapLength = score > 0.0 ? 0 : std::min(gapLength + (lines.at(i).boilerplate.isEmpty() ? 1 : 3), 1000);
            running += score;
            if (running > best) {
                best = running;
                bodyStart = runStart;
                bodyEnd = i;
            }
        }
    }
    const bool hasProseBody = bodyEnd >= bodyStart;
    // A list the article announces ("The tour dates:") ends it, however short its lines: the
    // announcing line and the lines written under it, up to the next blank line.
    // "More from …:", "Most popular:" announce other articles.
    static const QRegularExpression otherArticles(
        u"\\b(more|related|popular|latest|recommended|trending|read|watch|see|also|stories|articles|news)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (hasProseBody) {
        qsizetype announcing = -1;
        for (const auto i : {bodyEnd + 1, bodyEnd}) {
            if (i < count && lines.at(i).text.endsWith(u':') && lines.at(i).boilerplate.isEmpty() && lines.at(i).words >= 4
                && !otherArticles.match(lines.at(i).text).hasMatch()) {
                announcing = i;
                break;
            }
        }
        qsizetype last = announcing;
        while (announcing >= 0 && last + 1 < count && lines.at(last + 1).group == lines.at(announcing).group
               && lines.at(last + 1).boilerplate.isEmpty() && !lines.at(last + 1).isProse)
            ++last;
        if (announcing >= 0 && last - announcing >= 2) {
            lines[announcing].announcesList = true;
            for (qsizetype i = announcing + 1; i <= last; ++i)
                lines[i].isAnnouncedItem = true;
            bodyEnd = std::max(bodyEnd, last);
        }
    }
    if (!hasProseBody) {
        // Short notes without a paragraph of prose: keep every line that is not boilerplate.
        bodyStart = 0;
        bodyEnd = count - 1;
    }

    // 4. The headline: among headline-like lines above the body, prefer the complete version of a
    // cut-off one, then one that is repeated (page title and heading), then length and nearness.
    qsizetype titleIndex = -1;
    if (hasProseBody && bodyStart > 0) {
        const qsizetype from = std::max<qsizetype>(0, bodyStart - HeaderWindow);
        double bestScore = -1e9;
        for (qsizetype i = from; i < bodyStart; ++i) {
            const auto &candidate = lines.at(i);
            if (!isHeadlineLike(candidate) || candidate.isCutOff || candidate.words < 3)
                continue;
            double score = std::min(candidate.words, 15) / 5.0;
            // The author's name written without "By" looks like a short headline.
            if (isNameLine(candidate) && isBesideDateLine(lines, i, from, bodyStart))
                score -= 3.0;
            int repeats = 0;
            bool completesCutOff = false;
            for (qsizetype j = from; j < bodyStart; ++j) {
                if (j == i)
                    continue;
                const auto &other = lines.at(j);
                if (other.key == candidate.key)
                    ++repeats;
                else if (other.isCutOff) {
                    const auto stem = withoutEllipsis(other.key);
                    if (stem.size() >= 12 && QStringView(candidate.key).startsWith(stem))
                        completesCutOff = true;
                }
            }
            if (completesCutOff)
                score += 4.0;
            if (repeats > 0)
                score += 1.5;
            // Lines in a long run of short lines are menus.
            if (candidate.groupSize >= 5)
                score -= 2.0;
            // Distance to the body, in lines that are not byline, date or standfirst.
            int distance = 0;
            bool bylineBetween = false;
            for (qsizetype j = i + 1; j < bodyStart; ++j) {
                const auto &between = lines.at(j);
                if (between.isByline)
                    bylineBetween = true;
                if (!between.isByline && !between.isDate && !isStandfirstLike(between))
                    ++distance;
            }
            score -= 0.25 * distance;
            if (bylineBetween)
                score += 0.5;
            if (i + 1 < bodyStart && isStandfirstLike(lines.at(i + 1)))
                score += 1.0;
            if (score > bestScore) {
                bestScore = score;
                titleIndex = i;
            }
        }
        if (titleIndex >= 0) {
            article.title = lines.at(titleIndex).text;
            lines[titleIndex].role = Role::Title;
        }
    }

    // 5. Section headings directly above the first paragraph belong to the body.
    if (hasProseBody) {
        qsizetype start = bodyStart;
        while (start > 0 && start > titleIndex + 1 && bodyStart - start < 3) {
            const auto &above = lines.at(start - 1);
            if (!isHeadlineLike(above) || above.isCutOff || above.role == Role::Title
                || (isNameLine(above) && isBesideDateLine(lines, start - 1, 0, count))
                || (titleIndex >= 0 && above.key == lines.at(titleIndex).key) || above.groupSize >= 4)
                break;
            --start;
        }
        bodyStart = start;
    }

    // 6. Between headline and body: standfirst, byline, date line.
    const qsizetype headerFrom = titleIndex >= 0 ? titleIndex + 1 : std::max<qsizetype>(0, bodyStart - 12);
    for (qsizetype i = headerFrom; i < bodyStart; ++i) {
        auto &line = lines[i];
        if (line.isByline && article.byline.isEmpty()) {
            line.role = Role::Byline;
            article.byline = bylineName(line.text);
        } else if (line.key == u"by"_s && i + 1 < bodyStart && article.byline.isEmpty() && lines.at(i + 1).words <= 5) {
            line.role = Role::Byline;
            lines[i + 1].role = Role::Byline;
            article.byline = lines.at(i + 1).text;
            ++i;
        } else if (article.byline.isEmpty() && isNameLine(line) && isBesideDateLine(lines, i, headerFrom, bodyStart)) {
            // A name beside the date line is the author's, written without "By".
            line.role = Role::Byline;
            article.byline = line.text;
        } else if (line.isDate && !article.published.isValid()) {
            line.role = Role::DateLine;
            article.published = parseDateLine(line.text);
            article.publishedSource = DateSource::TextDateLine;
        } else if (titleIndex >= 0 && article.standfirst.isEmpty() && isStandfirstLike(line)) {
            line.role = Role::Standfirst;
            article.standfirst = line.text;
        }
    }
    // A date line may also stand above the headline, or open the body.
    if (!article.published.isValid()) {
        const qsizetype from = std::max<qsizetype>(0, (titleIndex >= 0 ? titleIndex : bodyStart) - 8);
        const qsizetype to = std::min(count, bodyStart + 3);
        for (qsizetype i = from; i < to; ++i) {
            if (lines.at(i).isDate && lines.at(i).role == Role::Unknown) {
                lines[i].role = Role::DateLine;
                article.published = parseDateLine(lines.at(i).text);
                article.publishedSource = DateSource::TextDateLine;
                break;
            }
        }
    }

    // 7. Inside the body: keep prose once, mark headings, drop clutter.
    QHash<QString, QString> seen; // key → what it was, for the reason of a repeat
    QSet<quint64> bodyRuns;       // wordRunHashes() of the body so far
    // Most of the line's four-word runs are already in the body: the article given again.
    auto isGivenAgain = [&bodyRuns](const Line &line) {
        const auto runs = wordRunHashes(line.text);
        if (runs.size() < 12)
            return false;
        qsizetype known = 0;
        for (const auto run : runs)
            known += bodyRuns.contains(run) ? 1 : 0;
        return known * 10 >= runs.size() * 7;
    };
    auto addToBody = [&bodyRuns](const Line &line) {
        for (const auto run : wordRunHashes(line.text))
            bodyRuns.insert(run);
    };
    if (!article.title.isEmpty())
        seen.insert(lines.at(titleIndex).key, u"repeated headline"_s);
    if (!article.standfirst.isEmpty())
        seen.insert(article.standfirst.toLower(), u"repeated standfirst"_s);
    const auto titleStem = article.title.toLower();
    for (qsizetype i = bodyStart; i <= bodyEnd; ++i) {
        auto &line = lines[i];
        if (line.role != Role::Unknown)
            continue;
        if (!line.boilerplate.isEmpty()) {
            line.role = Role::Removed;
            line.reason = line.boilerplate;
            continue;
        }
        if (const auto it = seen.constFind(line.key); it != seen.constEnd()) {
            line.role = Role::Removed;
            line.reason = it.value();
            continue;
        }
        if (line.isCutOff && !titleStem.isEmpty() && withoutEllipsis(line.key).size() >= 12
            && QStringView(titleStem).startsWith(withoutEllipsis(line.key))) {
            line.role = Role::Removed;
            line.reason = u"cut-off headline"_s;
            continue;
        }
        if (line.isProse || (line.endsSentence && line.words >= 4)) {
            if (isGivenAgain(line)) {
                line.role = Role::Removed;
                line.reason = u"repeated text"_s;
                continue;
            }
            line.role = Role::Body;
            seen.insert(line.key, u"repeated paragraph"_s);
            addToBody(line);
            continue;
        }
        if (line.isAnnouncedItem) {
            line.role = Role::ListItem;
            continue;
        }
        if (line.announcesList) {
            line.role = Role::Body;
            continue;
        }
        if (line.isDate) {
            line.role = Role::Removed;
            line.reason = u"date line"_s;
            continue;
        }
        if (line.isByline) {
            line.role = Role::Removed;
            line.reason = u"byline"_s;
            continue;
        }
        // A short line: a heading when it looks like one and prose follows it, else clutter.
        qsizetype next = i + 1;
        while (next <= bodyEnd && (lines.at(next).isCutOff || !lines.at(next).boilerplate.isEmpty()))
            ++next;
        // A heading may stand on another (a kicker over a section title), not on a third.
        if (next < bodyEnd && isHeadlineLike(lines.at(next)) && lines.at(next + 1).isProse)
            ++next;
        const bool isFollowedByText = next <= bodyEnd && lines.at(next).isProse;
        const bool isInLinkList = line.groupSize >= 4;
        if (!hasProseBody) {
            line.role = Role::Body;
            seen.insert(line.key, u"repeated line"_s);
        } else if (isHeadlineLike(line) && isFollowedByText && !isInLinkList && line.words <= 15) {
            line.role = Role::Heading;
            seen.insert(line.key, u"repeated heading"_s);
        } else if (line.words >= 8 && !isInLinkList) {
            line.role = Role::Body;
            seen.insert(line.key, u"repeated paragraph"_s);
        } else {
            line.role = Role::Removed;
            line.reason = isInLinkList ? u"link list"_s : u"short fragment"_s;
        }
    }

    // 8. Everything else is removed, with a reason a reader understands.
    for (qsizetype i = 0; i < count; ++i) {
        auto &line = lines[i];
        if (line.role != Role::Unknown)
            continue;
        line.role = Role::Removed;
        if (!line.boilerplate.isEmpty())
            line.reason = line.boilerplate;
        else if (titleIndex >= 0 && line.key == lines.at(titleIndex).key)
            line.reason = u"repeated headline"_s;
        else if (const auto it = seen.constFind(line.key); it != seen.constEnd())
            line.reason = it.value();
        else if (titleIndex >= 0 && line.isCutOff && withoutEllipsis(line.key).size() >= 8
                 && QStringView(lines.at(titleIndex).key).startsWith(withoutEllipsis(line.key)))
            line.reason = u"cut-off headline"_s;
        else if (!article.standfirst.isEmpty() && line.key == article.standfirst.toLower())
            line.reason = u"repeated standfirst"_s;
        else if (line.isDate)
            line.reason = u"date line"_s;
        else if (line.isByline)
            line.reason = u"byline"_s;
        else if (i > bodyEnd)
            line.reason = line.isProse ? u"after the article"_s : u"footer"_s;
        else if (titleIndex >= 0 && i < titleIndex && line.groupSize < 4 && isHeadlineLike(line) && line.words >= 5)
            line.reason = u"alternative headline"_s;
        else if (line.groupSize >= 4 || line.words <= 4)
            line.reason = u"navigation"_s;
        else
            line.reason = u"before the article"_s;
    }

    for (const auto &line : std::as_const(lines)) {
        switch (line.role) {
        case Role::Body: article.blocks << Block{BlockKind::Paragraph, 0, line.text}; break;
        case Role::Heading: article.blocks << Block{BlockKind::Heading, 2, line.text}; break;
        case Role::ListItem: article.blocks << Block{BlockKind::ListItem, 0, line.text}; break;
        case Role::Removed:
            article.removed << RemovedFragment{line.text, line.reason, int(article.blocks.size())};
            break;
        case Role::Title:
        case Role::Standfirst:
        case Role::Byline:
        case Role::DateLine:
        case Role::Unknown:
            break;
        }
    }
    // A heading with nothing after it is a stray line, not a section.
    while (!article.blocks.isEmpty() && article.blocks.constLast().kind == BlockKind::Heading) {
        const auto heading = article.blocks.takeLast();
        article.removed << RemovedFragment{heading.text, u"short fragment"_s, int(article.blocks.size())};
    }
    if (article.title.isEmpty() && !hasProseBody && article.blocks.size() > 1
        && article.blocks.constFirst().text.size() <= 200 && !endsWithSentencePunctuation(article.blocks.constFirst().text)) {
        article.title = article.blocks.takeFirst().text;
        for (auto &fragment : article.removed)
            fragment.beforeBlock = std::max(0, fragment.beforeBlock - 1);
    }
    return article;
}

} // namespace Attache
