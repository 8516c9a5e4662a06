#include "application.h"

#include "actionregistry.h"
#include "mainwindow.h"
#include "originalpageview.h"
#include "readingview.h"
#include "shortcuteditor.h"
#include "shortcutguard.h"
#include "translations.h"

#include "annotate/annotationstore.h"
#include "core/logging.h"
#include "core/settings.h"
#include "core/version.h"
#include "library/libraryindex.h"
#include "library/libraryindexer.h"
#include "library/samplelibrary.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Attache::Application {

namespace {

struct WindowOptions
{
    QString colorScheme; // "light", "dark" or empty for the system's
    QString screenshotFile;
    QString show; // keymap, palette, shortcuts, original or original-zoomed (a PDF's pages): for documentation
    QString libraryFile; // the index to open instead of the user's
    int selectRow = -1; // -1: the article opened, or the list's first
    QStringList paths;
};

std::optional<WindowOptions> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Attaché, a desktop reader for diplomatic news."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s, u"Render the window at 1400×900 to FILE and exit."_s,
                                        u"FILE"_s);
    const QCommandLineOption select(u"select"_s, u"Show the N-th article of the list (from 0)."_s, u"N"_s);
    const QCommandLineOption colorScheme(u"color-scheme"_s, u"Use a light or dark palette instead of the system's."_s,
                                         u"light|dark"_s);
    const QCommandLineOption library(u"library"_s,
                                     u"Open the library index FILE instead of your own (created if missing)."_s,
                                     u"FILE"_s);
    QCommandLineOption show(u"show"_s, u"Open keymap, palette, shortcuts, original or original-zoomed (a PDF article's pages) on start (for screenshots)."_s,
                            u"WHAT"_s);
    show.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, select, colorScheme, library, show});
    parser.addPositionalArgument(u"paths"_s,
                                 u"Article files or folders to add to the library; an empty library starts with "
                                 "the bundled samples."_s,
                                 u"[PATH…]"_s);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "attache: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    WindowOptions options;
    options.screenshotFile = parser.value(screenshot);
    if (parser.isSet(select))
        options.selectRow = parser.value(select).toInt();
    options.colorScheme = parser.value(colorScheme);
    if (!options.colorScheme.isEmpty() && options.colorScheme != u"light"_s && options.colorScheme != u"dark"_s) {
        std::fprintf(stderr, "attache: --color-scheme takes light or dark\n");
        return std::nullopt;
    }
    options.show = parser.value(show);
    options.libraryFile = parser.value(library);
    if (!options.show.isEmpty()
        && !QStringList{u"keymap"_s, u"palette"_s, u"shortcuts"_s, u"original"_s, u"original-zoomed"_s}.contains(options.show)) {
        std::fprintf(stderr, "attache: --show takes keymap, palette, shortcuts, original or original-zoomed, not %s\n",
                     qPrintable(options.show));
        return std::nullopt;
    }
    options.paths = parser.positionalArguments();
    return options;
}

// Fusion with a palette of our own: the same look on every platform, offscreen included.
void applyColorScheme(const QString &scheme)
{
    QApplication::setStyle(u"Fusion"_s);
    if (scheme == u"light"_s) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xe6, 0xe6, 0xe6);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x94));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Mid, QColor(0x4d, 0x52, 0x57));
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    QApplication::setPalette(dark);
}

bool isScreenshotRun(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

// Renders the window once indexing is over and the chosen article is shown, then quits.
void takeScreenshotWhenReady(MainWindow &window, LibraryIndexer &indexer, const WindowOptions &options)
{
    auto capture = [&window, options] {
        if (options.selectRow >= 0)
            window.selectArticle(options.selectRow);
        window.flushPendingUpdates();
        // Let layout and any queued highlighting settle before grabbing.
        if (options.show == u"keymap"_s)
            window.actions().action(u"show_keymap"_s)->trigger();
        else if (options.show == u"palette"_s)
            window.actions().action(u"command_palette"_s)->trigger();
        auto grab = [&window, options] {
            QCoreApplication::processEvents();
            QImage image;
            if (options.show == u"shortcuts"_s) {
                ShortcutEditor editor(window.actions(), &window);
                editor.show();
                QCoreApplication::processEvents();
                image = editor.grab().toImage();
            } else {
                image = window.grab().toImage();
            }
            if (!image.save(options.screenshotFile)) {
                std::fprintf(stderr, "attache: could not write the screenshot to %s\n",
                             qPrintable(options.screenshotFile));
                QCoreApplication::exit(1);
                return;
            }
            std::fprintf(stderr, "attache: screenshot saved to %s\n", qPrintable(options.screenshotFile));
            QCoreApplication::exit(0);
        };
        auto *original = window.actions().action(u"view_original"_s);
        const bool isOriginal = options.show == u"original"_s || options.show == u"original-zoomed"_s;
        if (isOriginal && original->isEnabled()) {
            // The pages render on a worker thread: grab once the first is drawn (or the file failed).
            auto *pages = window.originalPageView();
            if (options.show == u"original-zoomed"_s)
                pages->setZoomSteps(2); // as Ctrl++ twice does
            QObject::connect(pages, &OriginalPageView::pageRendered, &window, grab, Qt::SingleShotConnection);
            QObject::connect(pages, &OriginalPageView::fileOpened, &window, [pages, grab] {
                if (!pages->message().isEmpty())
                    grab();
            }, Qt::SingleShotConnection);
            original->setChecked(true);
            return;
        }
        if (isOriginal)
            std::fprintf(stderr, "attache: the article shown is not a PDF: its text is shown\n");
        QTimer::singleShot(0, &window, grab);
    };
    if (indexer.isIndexing())
        QObject::connect(&indexer, &LibraryIndexer::indexingFinished, &window, capture, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, &window, capture);
}

} // namespace

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Attache"_s);
    QCoreApplication::setOrganizationDomain(u"attache.invalid"_s);
    QCoreApplication::setApplicationName(u"attache"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ApplicationVersion));
}

int runWindow(int argc, char *argv[])
{
    const bool screenshot = isScreenshotRun(argc, argv);
    // A screenshot needs no display: render offscreen unless the caller chose a platform.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(u"Attaché"_s);
    QApplication::setDesktopFileName(u"org.attache.Attache"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.attache.Attache.svg"_s));
    // Before any widget exists: every tr() reads the catalogue of the user's language.
    Translations::install();

    const auto options = parseOptions(QCoreApplication::arguments());
    if (!options)
        return 2;
    if (!options->colorScheme.isEmpty())
        applyColorScheme(options->colorScheme);

    // A screenshot without --library gets a library of its own, so that it shows the samples
    // exactly as a first start does, whatever the user's library holds.
    QTemporaryDir scratch;
    auto libraryFile = options->libraryFile;
    if (libraryFile.isEmpty())
        libraryFile = screenshot ? scratch.filePath(u"library.sqlite"_s) : LibraryIndex::defaultPath();

    // The composition root: these live as long as the window and are handed to it.
    Settings settings;
    LibraryIndex index;
    if (!index.open(libraryFile)) {
        std::fprintf(stderr, "attache: the library index %s cannot be opened: %s\n", qPrintable(libraryFile),
                     qPrintable(index.lastError()));
        return 1;
    }
    LibraryIndexer indexer(&index);
    KSyntaxHighlighting::Repository repository;
    // Not opening is not fatal: the window says so and reading goes on without highlights.
    AnnotationStore annotations;
    annotations.open(AnnotationStore::defaultPath());
    // Plain-key shortcuts ("j", "h") yield to typing in every text field of the application.
    ShortcutGuard::install();
    MainWindow window(Services{settings, index, indexer, repository, annotations});

    auto paths = options->paths;
    if (paths.isEmpty() && index.folders().isEmpty()) {
        // A first start: the bundled samples, as files in Attaché's own data folder.
        const auto samples = screenshot ? scratch.filePath(u"samples"_s)
                                        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                              .filePath(u"samples"_s);
        QString error;
        if (installSamples(samples, &error))
            paths << samples;
        else
            std::fprintf(stderr, "attache: the sample articles could not be installed: %s\n", qPrintable(error));
    }
    // The first path's article is the one shown once it is indexed, not the list's first entry.
    for (const auto &problem : window.openPaths(paths))
        std::fprintf(stderr, "attache: %s\n", qPrintable(problem));
    if (paths.isEmpty())
        indexer.rescan(); // pick up what changed in the folders while Attaché was closed
    if (!index.recoveryMessage().isEmpty())
        std::fprintf(stderr, "attache: %s\n", qPrintable(index.recoveryMessage()));

    if (screenshot) {
        window.resize(1400, 900);
        window.show();
        takeScreenshotWhenReady(window, indexer, *options);
    } else {
        window.resize(1400, 900);
        window.restoreSession();
        window.show();
    }
    return QApplication::exec();
}

} // namespace Attache::Application
