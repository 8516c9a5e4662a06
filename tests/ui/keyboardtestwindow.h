#pragma once

#include "actionregistry.h"
#include "commandpalette.h"
#include "keymapoverlay.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// A small window with a few registered commands in menus, a text field and a list, like the main
// window but without the library: enough to drive the keyboard widgets with real key events.
struct KeyboardTestWindow
{
    QMainWindow window;
    Attache::ActionRegistry *registry = new Attache::ActionRegistry(&window);
    QLineEdit *edit = new QLineEdit;
    QListWidget *list = new QListWidget;
    Attache::CommandPalette *palette = nullptr;
    Attache::KeymapOverlay *keymap = nullptr;
    QHash<QString, int> fired;

    KeyboardTestWindow()
    {
        using namespace Qt::StringLiterals;
        auto *central = new QWidget;
        auto *layout = new QHBoxLayout(central);
        layout->addWidget(edit);
        layout->addWidget(list);
        list->addItems({u"one"_s, u"two"_s});
        window.setCentralWidget(central);

        auto *file = window.menuBar()->addMenu(u"&File"_s);
        file->addAction(add(
            Attache::ActionRegistry::Group::File, u"open_files"_s, u"&Open Files…"_s, { QKeySequence(u"Ctrl+O"_s) }));
        file->addAction(add(Attache::ActionRegistry::Group::File, u"export_notes"_s, u"&Export Notes…"_s, {}));
        auto *go = window.menuBar()->addMenu(u"&Go"_s);
        go->addAction(
            add(Attache::ActionRegistry::Group::Go, u"next_article"_s, u"&Next Article"_s, { QKeySequence(u"J"_s) }));
        go->addAction(add(Attache::ActionRegistry::Group::Go, u"previous_article"_s, u"&Previous Article"_s,
            { QKeySequence(u"K"_s) }));
        auto *entities = window.menuBar()->addMenu(u"&Entities"_s);
        entities->addAction(add(
            Attache::ActionRegistry::Group::Entities, u"next_mention"_s, u"Next &Mention"_s, { QKeySequence(u"."_s) }));
        auto *view = window.menuBar()->addMenu(u"&View"_s);
        auto *zoom = view->addMenu(u"&Zoom"_s);
        zoom->addAction(add(Attache::ActionRegistry::Group::View, u"zoom_in"_s, u"Zoom &In"_s,
            { QKeySequence(u"Ctrl++"_s), QKeySequence(u"Ctrl+="_s) }));
        auto *removed = add(Attache::ActionRegistry::Group::View, u"show_removed"_s, u"Show &Removed Text"_s,
            { QKeySequence(u"Shift+R"_s) });
        removed->setCheckable(true);
        view->addAction(removed);
        add(Attache::ActionRegistry::Group::Help, u"disabled_command"_s, u"Disabled Command"_s, {})->setEnabled(false);

        palette = new Attache::CommandPalette(*registry, &window);
        keymap = new Attache::KeymapOverlay(*registry, &window);
        auto *help = window.menuBar()->addMenu(u"&Help"_s);
        help->addAction(registry->add(Attache::ActionRegistry::Group::Help, u"command_palette"_s,
            u"Command &Palette…"_s, { QKeySequence(u"Ctrl+K"_s) }));
        help->addAction(registry->add(Attache::ActionRegistry::Group::Help, u"show_keymap"_s, u"&Keyboard Shortcuts"_s,
            { QKeySequence(u"?"_s) }));
        QObject::connect(registry->action(u"command_palette"_s), &QAction::triggered, palette,
                         &Attache::CommandPalette::toggle);
        QObject::connect(registry->action(u"show_keymap"_s), &QAction::triggered, keymap,
                         &Attache::KeymapOverlay::toggle);
    }

    QAction *add(
        Attache::ActionRegistry::Group group, const QString &id, const QString &text, const QList<QKeySequence> &keys)
    {
        auto *action = registry->add(group, id, text, keys);
        QObject::connect(action, &QAction::triggered, action, [this, id] { ++fired[id]; });
        return action;
    }

    bool showActive()
    {
        window.resize(1000, 700);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
};

// Presses a key where the user's keyboard would send it: to the focus widget.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target, key, modifiers);
}

inline void startCleanSettings(const char *application)
{
    using namespace Qt::StringLiterals;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AttacheTest"_s);
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
    QSettings().clear();
}
