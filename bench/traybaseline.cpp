// bench_traybaseline: the smallest tray application Qt allows, a QApplication with one QSystemTrayIcon and its
// menu: the baseline of the tray app's idle memory (bench_load tray). Prints "ready" once the icon sits in the
// system tray, then idles until it is terminated.
#include <QApplication>
#include <QMenu>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::darkGreen);
    QSystemTrayIcon icon{QIcon(pixmap)};
    QMenu menu;
    menu.addAction(QStringLiteral("Quit"), &app, &QCoreApplication::quit);
    icon.setContextMenu(&menu);
    icon.show();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (QSystemTrayIcon::isSystemTrayAvailable() && icon.geometry().isValid()) {
            QTextStream(stdout) << "ready" << Qt::endl;
            poll.stop();
        }
    });
    poll.start(50);
    return QApplication::exec();
}
