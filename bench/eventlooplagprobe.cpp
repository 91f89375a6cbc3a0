#include "eventlooplagprobe.h"

EventLoopLagProbe::EventLoopLagProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalNs(qint64(intervalMs) * 1000000)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLagProbe::onTick);
}

void EventLoopLagProbe::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void EventLoopLagProbe::stop()
{
    m_timer.stop();
}

void EventLoopLagProbe::clear()
{
    m_lagNs = SampleStats();
}

void EventLoopLagProbe::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_lagNs.add(double(qMax<qint64>(0, now - m_lastNs - m_intervalNs)));
    m_lastNs = now;
}
