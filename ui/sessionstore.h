#pragma once

#include <QByteArray>

class QMainWindow;

namespace Attache {

// Window geometry and dock layout, kept apart from the user's preferences: losing them is
// harmless, and a screenshot run must not read or write them.
class SessionStore final
{
public:
    static void restore(QMainWindow *window);
    static void save(const QMainWindow *window);
};

} // namespace Attache
