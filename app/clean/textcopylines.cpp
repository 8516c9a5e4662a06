#include "clean/textcopylines.h"
#include "clean/boilerplatewords.h"
#include "clean/textcopycleaner.h"
#include "core/anchoredalternation.h"
#include "core/textcase.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <bitset>

using namespace Qt::StringLiterals;

namespace Attache::TextCopyDetail {

namespace {

// Which of a set of lower-case keys a line holds, found in one pass over it: at each character
// only the keys that start with it and the next one are compared. (A line of prose holds none of
// the fifty or so keys below; one search per key cost a fifth of cleaning a text copy, and
// comparing every key starting with the character at hand still a tenth.)
class KeyScanner
{
public:
    static constexpr int MaximumKeys = 128;
    using Found = std::bitset<MaximumKeys>;

    // The key's bit, the same for a key added twice.
    int add(const QString &key)
    {
        Q_ASSERT(!key.isEmpty() && key == key.toLower());
        const auto known = m_bits.constFind(key);
        if (known != m_bits.cend())
            return *known;
        const int bit = int(m_keys.size());
        Q_ASSERT(bit < MaximumKeys);
        m_keys.append(key);
        m_bits.insert(key, bit);
        if (key.size() == 1) {
            m_singleUnitKeys.append({key.front(), bit});
        } else {
            const auto bucket = bucketOf(key.at(0).unicode(), key.at(1).unicode());
            m_pairBuckets[bucket].append(bit);
            m_usedBuckets.set(bucket);
        }
        return bit;
    }
    Found scan(QStringView lowered) const
    {
        Found found;
        // A one-character key is one fast search of the line.
        for (const auto &[unit, bit] : m_singleUnitKeys) {
            if (lowered.contains(unit))
                found.set(size_t(bit));
        }
        // Longer keys are looked for only where the line has their first two characters: a
        // table look-up per character, rarely a comparison.
        for (qsizetype i = 0; i + 1 < lowered.size(); ++i) {
            const auto bucket = bucketOf(lowered[i].unicode(), lowered[i + 1].unicode());
            if (!m_usedBuckets.test(bucket))
                continue;
            for (const int bit : m_pairBuckets[bucket]) {
                if (!found.test(size_t(bit)) && lowered.sliced(i).startsWith(m_keys.at(bit)))
                    found.set(size_t(bit));
            }
        }
        return found;
    }

private:
    static constexpr size_t Buckets = 1024;
    static size_t bucketOf(char16_t first, char16_t second) { return (size_t(first) * 31 + second) % Buckets; }

    QStringList m_keys;
    QHash<QString, int> m_bits;
    QList<std::pair<QChar, int>> m_singleUnitKeys;
    std::array<QList<int>, Buckets> m_pairBuckets; // bits of the keys by their first two characters
    std::bitset<Buckets> m_usedBuckets;
};

using KeyBits = KeyScanner::Found;

struct Pattern
{
    QRegularExpression expression;
    QString reason;
    // Lower-case text of which every match holds at least one: a line without any is not tried.
    // Most lines are prose and hold none, and a look for a few words costs far less than a
    // regular-expression call. Empty: always tried.
    QStringList keys = {};
};

// Whole-line boilerplate in the languages Attaché's readers use most. Matched case-insensitively
// against the line without bullets and trailing colons. The lists tuned here on English copies
// take the other languages' words from resources/knowledge/boilerplate.json, as the HTML
// cleaner does.
const QList<Pattern> &wholeLinePatterns()
{
    static const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    static const QList<Pattern> patterns{
        {QRegularExpression(u"^(skip (to|navigation)( (main )?(content|navigation|main|search|footer))?|jump to (main )?(content|navigation)|zum inhalt( springen)?|direkt zum inhalt|aller au contenu( principal)?|passer au contenu|saltar al contenido( principal)?|ir al contenido)$"_s, options),
         u"skip link"_s},
        {QRegularExpression(u"^(read (also|more|next|this next|the full story)|see also|also read|related( articles| stories| posts| content| news| coverage| topics| links)?|more (stories|news|articles|coverage|from [\\w .&'-]{1,40}|on (this|that) story)|lire aussi|à lire aussi|a lire aussi|voir aussi|lesen sie auch|auch interessant|mehr zum thema|weitere artikel|leer más|lee también|lea también|te puede interesar|leggi anche|you (may|might) also like|recommended( for you| stories| reading)?|editor'?s picks?|most (popular|read|viewed|shared)( \\w+){0,3}|trending( now| stories)?|top stories|don'?t miss|more in [\\w ]{1,30}|further reading|"_s
                            + BoilerplateWords::alternation(u"relatedMarkers", BoilerplateWords::Languages::AllButEnglish)
                            + u")$"_s,
                            options),
         u"read also"_s},
        {QRegularExpression(u"^(latest( news| stories| articles| headlines| updates)?|breaking( news)?|just in|live|news|home|homepage|accueil|startseite|inicio|neueste artikel|à la une|dernières? (nouvelles|actualités|infos))$"_s, options),
         u"latest"_s},
        {QRegularExpression(u"^((share|teilen|partager|compartir|condividi)( (this|the) (article|story|page|post))?( (on|via|with) [\\w ]{1,20})?|tweet|tweet this|pin( it)?|e-?mail( this)?( article| story)?|print( this)?( article| story| page)?|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard|messenger|copy( the)? link|link copied|save( article| story| for later)?|bookmark|gift( this)? article|listen( to this)?( article| story)?|\\d+ shares?)$"_s, options),
         u"share buttons"_s},
        {QRegularExpression(u"^(subscribe( now| today| here| for [\\w ]{1,30}| to [\\w .'&]{1,40})?|sign ?(in|up|out)( (now|here|for [\\w .'&]{1,40}))?|log ?(in|out)|register|my account|account|create (an |free )?account|newsletters?|get (our|the) newsletter|abonnieren|jetzt abonnieren|anmelden|s'abonner|abonnez-vous|se connecter|connexion|suscr[ií]bete|iniciar sesión|become a member|support (us|our journalism)|donate)$"_s, options),
         u"subscribe"_s},
        {QRegularExpression(u"^(advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted( content)?|partner content|anzeige|werbung|publicité|publicidad|pubblicità|story continues (below|after) (the )?advertisement|continue reading( (below|the main story))?|scroll (down )?to continue( reading)?|"_s
                            + BoilerplateWords::alternation(u"adverts", BoilerplateWords::Languages::AllButEnglish) + u")$"_s,
                            options),
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
         u"cookie notice"_s, {u"cookie"_s}},
        {QRegularExpression(u"©|\\(c\\) ?(19|20)\\d\\d|\\ball rights reserved\\b|\\balle rechte vorbehalten\\b|\\btous droits réservés\\b|\\btodos los derechos reservados\\b|^copyright\\b"_s, options),
         u"footer"_s, {u"©"_s, u"(c)"_s, u"rights reserved"_s, u"rechte vorbehalten"_s, u"droits réservés"_s, u"derechos reservados"_s, u"copyright"_s}},
        {QRegularExpression(u"\\b(sign up for|subscribe to) (our|the) [\\w ]{0,30}newsletter|\\bnewsletter\\b.*\\b(sign up|subscribe|inbox)\\b|\\bget (the|our) [\\w ]{0,30}(in your inbox|delivered)|\\bdelivered (to|through|into) your (inbox|door|letterbox|mailbox)\\b"_s, options),
         u"subscribe"_s, {u"newsletter"_s, u"get the "_s, u"get our "_s, u"delivered"_s}},
        {QRegularExpression(u"^(share|teilen|partager) (on|via|this)\\b.*\\b(facebook|twitter|linkedin|whatsapp|email)\\b|^(facebook|twitter|linkedin|whatsapp|email)( ?[|/·,]? ?(facebook|twitter|linkedin|whatsapp|email|print|reddit|pinterest|copy link|x))+$"_s, options),
         u"share buttons"_s, {u"facebook"_s, u"twitter"_s, u"linkedin"_s, u"whatsapp"_s, u"email"_s}},
        {QRegularExpression(u"^(read (also|more)|see also|related|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|leer más|leggi anche|"_s
                            + BoilerplateWords::alternation(u"relatedLinkLabels", BoilerplateWords::Languages::AllButEnglish)
                            + u") ?[:：—–-] ?\\S"_s,
                            options),
         u"read also"_s, {u":"_s, u"："_s, u"—"_s, u"–"_s, u"-"_s}},
        {QRegularExpression(u"^\\d+ (responses?|comments?|replies|thoughts) (to|on)\\b|\\b\\d+ comments\\b.*\\bfeed for comments\\b"_s, options),
         u"comments"_s, {u"response"_s, u"comment"_s, u"replies"_s, u"thoughts"_s}},
        // "Follow us on Facebook", "Find us on Instagram", "Folgen Sie uns auf Twitter".
        {QRegularExpression(u"^((follow|find|like|join|connect with|watch|subscribe to) (us|him|her|me|them|[\\w.&'-]{1,30}) on|suivez-nous sur|retrouvez-nous sur|folgen sie uns( auf)?|síguenos en|seguici su) (facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|whatsapp|threads|bluesky|mastodon|pinterest|snapchat|flipboard|google news|apple news)\\b"_s, options),
         u"social links"_s, {u" on "_s, u"suivez-nous"_s, u"retrouvez-nous"_s, u"folgen sie uns"_s, u"síguenos"_s, u"seguici"_s}},
        {QRegularExpression(u"^[\\w.-]+\\.(jpe?g|png|gif|webp|svg|avif)$"_s, options), u"image or form field"_s, {u".jpg"_s, u".jpeg"_s, u".png"_s, u".gif"_s, u".webp"_s, u".svg"_s, u".avif"_s}},
        {QRegularExpression(u"^https?://\\S+$|^www\\.\\S+$|^\\S+@\\S+\\.\\w+$|^@\\w+$"_s, options),
         u"link"_s, {u"http"_s, u"www."_s, u"@"_s}},
        {QRegularExpression(u"^(\\[[^\\]]*\\]\\s*)+$"_s, options), ImageOrFormField, {u"["_s}},
        // … or with "Credit: ESA" after its last sentence.
        {QRegularExpression(u"[.!?”\"]\\s*(photo )?credits?:\\s*[\\w .,/&'-]{1,60}$"_s, options), u"image caption"_s, {u"credit"_s}},
        // A photo caption ends with its credit: "(AP Photo/Toby Talbot)", "(Getty Images)".
        {QRegularExpression(u"\\((\\w[\\w .'-]*/[^)]*|[^)]*\\b(photo|photos|foto|image|images|getty|reuters|afp|ap|epa|file|credit|courtesy|shutterstock)\\b[^)]*)\\)\\.?$"_s, options),
         u"image caption"_s, {u")"_s}},
        {QRegularExpression(u"\\bjavascript\\b.*\\b(enable|disabled|requires?|required)\\b|\\b(enable|disabled|required)\\b.*\\bjavascript\\b|\\byour browser\\b.*\\b(support|update|upgrade)"_s, options),
         u"browser notice"_s, {u"javascript"_s, u"your browser"_s}},
    };
    return patterns;
}

// One look that tells whether a line is any of `patterns`. Most lines are none of them: the
// lines are many and short, so the cost of a match call, not the scanning, is what fifteen
// separate tries spent, and then the number of phrases tried at the line's start
// (AnchoredAlternation tries only those that can start with its first character). Patterns that
// search the whole line are tried one by one: an alternation of them loses each one's quick scan
// for its first character.
AnchoredAlternation anyOf(const QList<Pattern> &patterns)
{
    QList<QRegularExpression> expressions;
    for (const auto &pattern : patterns)
        expressions << pattern.expression;
    return AnchoredAlternation(expressions);
}

int monthFromName(QStringView name)
{
    // Month names, full and abbreviated, in the form a date uses and the standalone one ("ноября",
    // "ноябрь"), from Qt's locale data for the languages Attaché's readers meet most; plus the
    // spellings the locale data lacks.
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        for (const auto &name : {u"en"_s, u"fr"_s, u"de"_s, u"es"_s, u"it"_s, u"pt"_s, u"nl"_s, u"ru"_s, u"uk"_s,
                                 u"pl"_s, u"tr"_s, u"ar"_s}) {
            const QLocale locale(name);
            for (int month = 1; month <= 12; ++month) {
                for (const auto format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                    for (auto word : {locale.monthName(month, format), locale.standaloneMonthName(month, format)}) {
                        while (word.endsWith(u'.'))
                            word.chop(1);
                        if (word.size() >= 3)
                            m.insert(word.toLower(), month);
                    }
                }
            }
        }
        const QList<std::pair<QString, int>> extra{{u"sept"_s, 9}, {u"jänner"_s, 1}, {u"fevrier"_s, 2},
                                                   {u"aout"_s, 8}, {u"decembre"_s, 12}};
        for (const auto &[word, month] : extra)
            m.insert(word, month);
        return m;
    }();
    return months.value(name.toString().toLower(), 0);
}

} // namespace

// Hashes of the text's runs of four words, lower-cased: a page that gives the article twice (a
// print or "AMP" copy below the first, with other line breaks) repeats its runs, not its lines.
QList<quint64> wordRunHashes(QStringView text)
{
    QList<quint64> words;
    words.reserve(text.size() / 4 + 1); // more than a line of prose has
    quint64 hash = 14695981039346656037ULL;
    bool inWord = false;
    for (const auto c : text) {
        if (c.isLetterOrNumber()) {
            hash = (hash ^ lowerCase(c.unicode())) * 1099511628211ULL;
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
    runs.reserve(std::max<qsizetype>(0, words.size() - 3));
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

QString boilerplateReason(const QString &text, QStringView lowered, int words)
{
    // Legal small print is prose too; two different of its terms in one line give it away.
    static const QRegularExpression legalTerm(
        u"\\b(this (web)?site|our (web)?site|customer service|terms of (use|service)|privacy policy|registered trademarks?|copyright|rights reserved|disclaimer|not intended to|consult your|medical advice|informational purposes|affiliate links?)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (text.size() > 5000)
        return {};
    // Keys of the terms, for a quick look first: a line with two different terms holds two keys, or
    // one key that stands for several terms ("this site" and "our website" are two terms).
    struct LineKeys
    {
        KeyScanner scanner;
        KeyBits legal;
        KeyBits ofSeveralTerms;
        QList<KeyBits> ofPatterns; // one per containsPatterns() entry
    };
    static const LineKeys keys = [] {
        LineKeys built;
        for (const auto &key : {u"customer service"_s, u"privacy policy"_s, u"copyright"_s, u"rights reserved"_s,
                                u"disclaimer"_s, u"not intended to"_s, u"consult your"_s, u"medical advice"_s,
                                u"informational purposes"_s})
            built.legal.set(size_t(built.scanner.add(key)));
        for (const auto &key : {u"site"_s, u"terms of"_s, u"trademark"_s, u"affiliate link"_s})
            built.ofSeveralTerms.set(size_t(built.scanner.add(key)));
        for (const auto &pattern : containsPatterns()) {
            KeyBits bits;
            for (const auto &key : pattern.keys)
                bits.set(size_t(built.scanner.add(key)));
            built.ofPatterns.append(bits);
        }
        return built;
    }();
    const auto found = keys.scanner.scan(lowered);
    if ((found & keys.ofSeveralTerms).any() || (found & keys.legal).count() >= 2) {
        QSet<QString> legalTerms;
        for (auto it = legalTerm.globalMatchView(text); it.hasNext();)
            legalTerms.insert(it.next().captured(1).toLower());
        if (legalTerms.size() >= 2)
            return u"legal notice"_s;
    }
    if (text.size() > PatternLineLimit)
        return {};
    static const QRegularExpression decoration(u"^[\\s•·*▪►▸›»>|\\-–—]+|[\\s:•·|\\-–—›»>]+$"_s);
    static const QString leadingDecoration = u"•·*▪►▸›»>|-–—"_s;
    static const QString trailingDecoration = u":•·|-–—›»>"_s;
    QString bare = text;
    if (!text.isEmpty()
        && (text.front().isSpace() || leadingDecoration.contains(text.front()) || text.back().isSpace()
            || trailingDecoration.contains(text.back())))
        bare.remove(decoration);
    if (bare.isEmpty())
        return u"decoration"_s;
    static const auto anyWholeLine = anyOf(wholeLinePatterns());
    if (anyWholeLine.matches(bare)) {
        for (const auto &pattern : wholeLinePatterns()) {
            if (pattern.expression.matchView(bare).hasMatch())
                return pattern.reason;
        }
    }
    if (words > 60)
        return {};
    for (qsizetype i = 0; i < containsPatterns().size(); ++i) {
        const auto &pattern = containsPatterns().at(i);
        if ((pattern.keys.isEmpty() || (found & keys.ofPatterns.at(i)).any()) && pattern.expression.matchView(text).hasMatch())
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
    // The name ends at a separator followed by when it was written: "By Jane Roe · 28 August
    // 2025", "By Tomás Ruiz | August 28, 2025", "Par Claire Dubois, publié le 28 août 2025". A
    // hyphen inside a name ("Jean-Luc") is followed by no date.
    static const QRegularExpression separator(u"\\s*[,|·•–—-]\\s*"_s);
    static const QRegularExpression stamp(
        u"^(?:updated|published|posted|publié|publiée|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|\\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    auto name = text;
    name.remove(prefix);
    for (auto separators = separator.globalMatch(name); separators.hasNext();) {
        const auto match = separators.next();
        const auto rest = QStringView(name).sliced(match.capturedEnd(0));
        if (stamp.matchView(rest).hasMatch() || TextCopyCleaner::parseDateLine(rest).isValid()) {
            name.truncate(match.capturedStart(0));
            break;
        }
    }
    return name.trimmed();
}

} // namespace Attache::TextCopyDetail

namespace Attache {

using TextCopyDetail::monthFromName;

QDateTime TextCopyCleaner::parseDateLine(QStringView line)
{
    if (line.size() > 200)
        return {};
    // Every form below has a year, 19xx or 20xx: most lines have none, and are done with in one
    // look instead of four expressions.
    const auto hasYear = [line] {
        for (qsizetype i = 0; i + 3 < line.size(); ++i) {
            const auto century = line.sliced(i, 2);
            if ((century == u"19" || century == u"20") && line[i + 2].isDigit() && line[i + 3].isDigit())
                return true;
        }
        return false;
    };
    if (!hasYear())
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

} // namespace Attache
