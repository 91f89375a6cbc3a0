// codex-bridge-dashboard: the dashboard window, in a process of its own so that the tray never loads Qt WebEngine
// (see DashboardProcess). Started by the tray, which passes the socket to reach it in the environment.
#include "applicationinfo.h"
#include "auth/accountstore.h"
#include "dashboard/dashboardhost.h"
#include "dashboard/dashboardwindow.h"
#include "i18n/languageloader.h"
#include "i18n/uisettings.h"
#include "tray/trayiconpainter.h"
#include "uilogging.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QString why;
    if (!DashboardHost::startedByTray(&why)) {
        QTextStream(stderr) << why << '\n';
        return 2;
    }
    DashboardWindow::prepareApplication();
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    QApplication::setApplicationDisplayName(QStringLiteral("Codex Bridge"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.codexbridge.CodexBridge"));
    QApplication::setWindowIcon(TrayIconPainter::icon(TrayStatus::State::Running));

    // The language the tray uses (the same settings file).
    UiSettings ui;
    if (!ui.load(AccountStore::defaultConfigDir()))
        qCWarning(lcUi).noquote() << ui.errorString();
    LanguageLoader language;
    language.apply(ui.language);

    DashboardHost host;
    QString error;
    if (!host.connectToTray(&error)) {
        qCCritical(lcUi).noquote() << error;
        return 2;
    }
    return QApplication::exec();
}
