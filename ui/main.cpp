#include "application.h"

#include "cli/commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Attache::Cli::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        Attache::Application::setIdentity();
        return Attache::Cli::run(arguments);
    }
    return Attache::Application::runWindow(argc, argv);
}
