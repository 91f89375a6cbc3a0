#pragma once

#include "samplestats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// How late a periodic timer fires on the thread the probe lives in: the time an event (a click, a repaint)
// would wait there. Lag per tick = actual interval - nominal interval (>= 0).
class EventLoopLagProbe : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopLagProbe)

public:
    explicit EventLoopLagProbe(int intervalMs, QObject *parent = nullptr);

    void start();
    void stop();
    // Drops the samples so far (the probe keeps running).
    void clear();
    const SampleStats &lagNs() const { return m_lagNs; }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_intervalNs;
    SampleStats m_lagNs;
};
