#include "core/logging.h"

Q_LOGGING_CATEGORY(lcIngest, "attache.ingest")
Q_LOGGING_CATEGORY(lcClean, "attache.clean")
Q_LOGGING_CATEGORY(lcAnalyze, "attache.analyze")
Q_LOGGING_CATEGORY(lcLibrary, "attache.library")
Q_LOGGING_CATEGORY(lcStore, "attache.store")
Q_LOGGING_CATEGORY(lcExport, "attache.export")
Q_LOGGING_CATEGORY(lcCli, "attache.cli")
Q_LOGGING_CATEGORY(lcUi, "attache.ui")
