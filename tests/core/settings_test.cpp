#include "core/settings.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

// The typed settings: defaults for a new user, each change written at once and announced once,
// values from a hand-edited or older file brought back into range.
class SettingsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    }

    void defaultsForANewUser()
    {
        Settings settings;
        QCOMPARE(settings.readingZoom(), 0);
        QVERIFY(!settings.isShowingRemoved());
        QVERIFY(settings.isHighlightingEntities());
        QVERIFY(settings.isMarkingReadOnLeave());
        QVERIFY(!settings.isTimelineLibraryWide());
        QVERIFY(settings.isListTwoLines());
        QVERIFY(settings.isListGroupedByDay());
        QCOMPARE(settings.listSortOrder(), u"date"_s);
        QCOMPARE(settings.lastView(), u"Inbox"_s);
    }

    void aChangeIsWrittenAtOnceAndAnnouncedOnce()
    {
        {
            Settings settings;
            QSignalSpy zoom(&settings, &Settings::readingZoomChanged);
            QSignalSpy view(&settings, &Settings::lastViewChanged);
            settings.setReadingZoom(3);
            settings.setReadingZoom(3);
            settings.setLastView(u"Starred"_s);
            settings.setLastView(u"Starred"_s);
            QCOMPARE(zoom.size(), 1);
            QCOMPARE(zoom.first().first().toInt(), 3);
            QCOMPARE(view.size(), 1);
        }
        // A second instance (the next start) reads what the first wrote; nothing waited for a sync.
        Settings next;
        QCOMPARE(next.readingZoom(), 3);
        QCOMPARE(next.lastView(), u"Starred"_s);
    }

    void zoomStaysInRange_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("kept");
        QTest::newRow("nominal: within range") << 4 << 4;
        QTest::newRow("boundary: largest") << Settings::MaximumReadingZoom << Settings::MaximumReadingZoom;
        QTest::newRow("robustness: far too large") << 500 << Settings::MaximumReadingZoom;
        QTest::newRow("robustness: far too small") << -500 << Settings::MinimumReadingZoom;
    }

    void zoomStaysInRange()
    {
        QFETCH(int, requested);
        QFETCH(int, kept);
        Settings settings;
        settings.setReadingZoom(requested);
        QCOMPARE(settings.readingZoom(), kept);
    }

    void aHandEditedFileIsBroughtIntoRange()
    {
        {
            QSettings raw;
            raw.setValue(u"reading/zoom"_s, 999);
            raw.setValue(u"reading/highlightEntities"_s, false);
        }
        Settings settings;
        QCOMPARE(settings.readingZoom(), Settings::MaximumReadingZoom);
        QVERIFY(!settings.isHighlightingEntities());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"AttacheSettingsTest"_s);
    QCoreApplication::setApplicationName(u"settings_test"_s);
    SettingsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "settings_test.moc"
