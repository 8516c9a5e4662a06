#include "sessionstore.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Attache {

namespace {
// Bump when docks are added or renamed, so that an old layout is not applied to a new window.
constexpr int LayoutVersion = 1;

QSettings sessionSettings()
{
    return QSettings(QSettings::UserScope, QCoreApplication::organizationName(),
                     QCoreApplication::applicationName() + u"-session"_s);
}
} // namespace

void SessionStore::restore(QMainWindow *window)
{
    const auto settings = sessionSettings();
    window->restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    window->restoreState(settings.value(u"window/state"_s).toByteArray(), LayoutVersion);
}

void SessionStore::save(const QMainWindow *window)
{
    auto settings = sessionSettings();
    settings.setValue(u"window/geometry"_s, window->saveGeometry());
    settings.setValue(u"window/state"_s, window->saveState(LayoutVersion));
}

} // namespace Attache
