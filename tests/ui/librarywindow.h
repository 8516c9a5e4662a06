#pragma once

#include "mainwindow.h"
#include "shortcutguard.h"

#include "annotate/annotationstore.h"
#include "core/settings.h"
#include "library/libraryindex.h"
#include "library/libraryindexer.h"
#include "library/librarylistmodel.h"

#include <KSyntaxHighlighting/Repository>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Attache {

// The main window as the application composes it, over a library index of the test's own in a
// temporary folder. open() shows the window, adds the paths and waits until they are indexed.
struct LibraryWindow
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    LibraryIndex index;
    std::unique_ptr<LibraryIndexer> indexer;
    KSyntaxHighlighting::Repository repository;
    AnnotationStore annotations;
    std::unique_ptr<MainWindow> window;

    bool open(const QStringList &paths, bool clearsSettings = true)
    {
        if (clearsSettings)
            QSettings().clear(); // last view, sort and list mode start from the defaults
        settings = std::make_unique<Settings>();
        if (!dir.isValid() || !index.open(dir.filePath(QStringLiteral("library.sqlite"))))
            return false;
        indexer = std::make_unique<LibraryIndexer>(&index);
        openAnnotations();
        window = std::make_unique<MainWindow>(Services{*settings, index, *indexer, repository, annotations});
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        return addAndWait(paths);
    }

    // The store in the test-mode data folder, as the application opens it; kept across sessions
    // of one test run like the user's own.
    void openAnnotations()
    {
        if (!annotations.isOpen())
            annotations.open(AnnotationStore::defaultPath());
        ShortcutGuard::install();
    }

    bool addAndWait(const QStringList &paths)
    {
        if (paths.isEmpty())
            return true;
        QSignalSpy finished(indexer.get(), &LibraryIndexer::indexingFinished);
        for (const auto &path : paths) {
            if (!indexer->addPath(path))
                return false;
        }
        return finished.wait(60000);
    }

    ~LibraryWindow()
    {
        window.reset(); // before the index and indexer it uses
        indexer.reset();
    }
};

} // namespace Attache
