#include "timelineview.h"

#include "analyze/timelinemodel.h"
#include "clean/article.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

QList<TimelineEvent> syntheticEvents(int count, const QDate &first, int spanDays)
{
    QList<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        Event event;
        event.begin = first.addDays(qint64(i) * spanDays / std::max(1, count));
        event.end = event.begin;
        event.type = EventType(i % 12);
        event.label = u"Event %1"_s.arg(i);
        event.actorNames = {u"Canada"_s, u"China"_s};
        events << TimelineEvent{event, 0, u"Article"_s, {}, {}, {}};
    }
    return events;
}

} // namespace

class TimelineViewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboardMovesAndOpens()
    {
        TimelineModel model;
        model.setEvents(syntheticEvents(5, QDate(2025, 1, 1), 100));
        TimelineView view;
        view.setModel(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();

        QSignalSpy current(&view, &TimelineView::currentRowChanged);
        QSignalSpy activated(&view, &TimelineView::eventActivated);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentRow(), 0);
        QTest::keyClick(&view, Qt::Key_Right);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentRow(), 2);
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.currentRow(), 1);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentRow(), 4);
        QTest::keyClick(&view, Qt::Key_Right); // stays on the last
        QCOMPARE(view.currentRow(), 4);
        QCOMPARE(current.size(), 5);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), 4);
    }

    void zoomKeysChangeTheScale()
    {
        TimelineModel model;
        model.setEvents(syntheticEvents(50, QDate(2000, 1, 1), 9000));
        TimelineView view;
        view.setModel(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        const auto fitted = view.pixelsPerDay();
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.pixelsPerDay() > fitted);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.pixelsPerDay() < fitted);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.pixelsPerDay(), fitted);
    }

    void resizingAFittedTimelineKeepsItFitted()
    {
        TimelineModel model;
        model.setEvents(syntheticEvents(50, QDate(2000, 1, 1), 9000));
        TimelineView view;
        view.setModel(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto narrow = view.pixelsPerDay();
        view.resize(1200, 300);
        QTRY_VERIFY(view.pixelsPerDay() > narrow * 1.5);
        // Once the reader zooms, resizing keeps the chosen scale.
        view.zoomIn();
        const auto chosen = view.pixelsPerDay();
        view.resize(900, 300);
        QTRY_COMPARE(view.viewport()->width() < 900, true);
        QCOMPARE(view.pixelsPerDay(), chosen);
    }

    void crowdedTimelineStacksAndCounts()
    {
        TimelineModel model;
        model.setEvents(syntheticEvents(10000, QDate(1995, 1, 1), 30 * 365));
        TimelineView view;
        view.setModel(&model);
        view.resize(1400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Every event is either on a lane or counted in a badge; none is lost.
        QCOMPARE(view.laidOutCount() + view.hiddenCount(), 10000);
        QVERIFY(view.hiddenCount() > 0);
        for (int i = 0; i < 12; ++i)
            view.zoomIn();
        QCOMPARE(view.laidOutCount() + view.hiddenCount(), 10000);
    }

    void clickingAnActorAsksToFilterByIt()
    {
        TimelineModel model;
        auto events = syntheticEvents(1, QDate(2025, 3, 22), 1);
        events[0].event.actorIds = {u"person/mark-carney"_s, u"person/li-qiang"_s};
        events[0].event.actorNames = {u"Mark Carney"_s, u"Li Qiang"_s};
        model.setEvents(events);
        TimelineView view;
        view.setModel(&model);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy actor(&view, &TimelineView::actorClicked);
        const auto card = view.visualRect(0);
        QVERIFY(!card.isEmpty());
        // The label line is not an actor.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, card.center().toPoint());
        QCOMPARE(view.currentRow(), 0);
        QCOMPARE(actor.size(), 0);
        // The first name on the actors line, near the card's bottom edge.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(int(card.left()) + 16, int(card.bottom()) - 9));
        QCOMPARE(actor.size(), 1);
        QCOMPARE(actor.first().at(0).toString(), u"person/mark-carney"_s);
        QCOMPARE(actor.first().at(1).toString(), u"Mark Carney"_s);
    }

    void emptyTimelineSaysSo()
    {
        TimelineModel model;
        TimelineView view;
        view.setModel(&model);
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.currentRow(), -1);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentRow(), -1);
    }
};

QTEST_MAIN(TimelineViewTest)
#include "timelineview_test.moc"
