#pragma once

namespace Attache::Application {

// Organisation and application names, version: the keys QSettings and QStandardPaths use.
void setIdentity();

// Creates the QApplication and the long-lived services (settings, library, the one syntax
// highlighting repository), then shows the main window or, with --screenshot, renders it to a
// PNG and exits.
int runWindow(int argc, char *argv[]);

} // namespace Attache::Application
