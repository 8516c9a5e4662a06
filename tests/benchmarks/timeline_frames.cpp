// Frame times of the timeline view with 10 000 events: how long one full repaint takes while
// scrolling and while zooming, at 1400×300 offscreen. Prints median and 99th percentile.
#include "timelineview.h"

#include "analyze/timelinemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QImage>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Attache;

namespace {

struct Percentiles
{
    double median;
    double p99;
    double worst;
};

Percentiles percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size()))); };
    return {at(0.5), at(0.99), samples.last()};
}

// Paints the viewport into an image, as the window system would ask for a frame.
double timeFrame(TimelineView &view, QImage &frame)
{
    QElapsedTimer timer;
    timer.start();
    view.viewport()->render(&frame);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;

    QRandomGenerator random(42); // fixed seed: the same timeline every run
    QList<TimelineEvent> events;
    const QDate first(1995, 1, 1);
    for (int i = 0; i < count; ++i) {
        Event event;
        event.begin = first.addDays(random.bounded(30 * 365));
        event.end = random.bounded(10) == 0 ? event.begin.addMonths(1) : event.begin;
        event.type = EventType(random.bounded(12));
        event.isUncertain = random.bounded(8) == 0;
        event.label = u"Ministers meet over trade dispute number %1"_s.arg(i);
        event.actorNames = {u"Canada"_s, u"China"_s, u"World Trade Organization"_s};
        events << TimelineEvent{event, i % 300, u"Article"_s, {}, {}, {}};
    }

    TimelineModel model;
    QElapsedTimer setup;
    setup.start();
    model.setEvents(events);
    TimelineView view;
    view.resize(1400, 300);
    view.setModel(&model);
    view.show();
    QCoreApplication::processEvents();
    const double layoutMs = setup.nsecsElapsed() / 1e6;
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    // Zoomed in to about a month across the view, then scrolled through in steps.
    while (view.pixelsPerDay() < 1400.0 / 60)
        view.zoomIn();
    QList<double> scrollFrames;
    auto *bar = view.horizontalScrollBar();
    const int steps = 300;
    for (int i = 0; i < steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        scrollFrames << timeFrame(view, frame);
    }

    QList<double> zoomFrames;
    view.fitAll();
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.zoomIn();
        view.viewport()->render(&frame);
        zoomFrames << timer.nsecsElapsed() / 1e6;
    }
    for (int i = 0; i < 40; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.zoomOut();
        view.viewport()->render(&frame);
        zoomFrames << timer.nsecsElapsed() / 1e6;
    }

    const auto scroll = percentiles(scrollFrames);
    const auto zoom = percentiles(zoomFrames);
    std::printf("timeline frames, %d events, 1400x300 offscreen\n", count);
    std::printf("  model + first layout: %.1f ms\n", layoutMs);
    std::printf("  scroll frame (repaint):        median %.2f ms, p99 %.2f ms, worst %.2f ms (%d frames)\n",
                scroll.median, scroll.p99, scroll.worst, int(scrollFrames.size()));
    std::printf("  zoom frame (relayout+repaint): median %.2f ms, p99 %.2f ms, worst %.2f ms (%d frames)\n",
                zoom.median, zoom.p99, zoom.worst, int(zoomFrames.size()));
    return 0;
}
