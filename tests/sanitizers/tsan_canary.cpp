// Proves that the TSan run can fail: two threads write one counter without synchronisation, one of them inside a
// queued call on a QThread's event loop, the way the proxy's worker thread runs code. ctest expects TSan's report
// on this file (tests/sanitizers/CMakeLists.txt), so suppressions that hid a race in our own code would fail it.
#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QThread>

namespace {
int unguardedCounter = 0; // deliberately unsynchronised

void bumpCounter()
{
    ++unguardedCounter;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QThread worker;
    QObject context;
    context.moveToThread(&worker);
    worker.start();
    QMetaObject::invokeMethod(&context, [] { bumpCounter(); }, Qt::QueuedConnection);
    bumpCounter();
    QMetaObject::invokeMethod(&context, [] {}, Qt::BlockingQueuedConnection);
    worker.quit();
    worker.wait();
    return unguardedCounter == 2 ? 0 : 1;
}
