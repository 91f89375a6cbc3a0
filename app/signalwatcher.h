#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT/SIGTERM (Ctrl+C, `kill`, service managers) into a Qt signal on the main thread, so the program
// shuts down through its event loop instead of dying mid-write.
class SignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
