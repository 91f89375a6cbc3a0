#include "trayapplication.h"

#include "desktop/singleinstance.h"
#include "i18n/languageloader.h"
#include "i18n/uisettings.h"
#include "server/proxyservice.h"
#include "tray/traycontroller.h"
#include "tray/trayiconpainter.h"
#include "uilogging.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

TrayApplication::TrayApplication(const ProxySettings &settings, const QString &configDir, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_configDir(configDir)
    , m_language(std::make_unique<LanguageLoader>())
    , m_instance(std::make_unique<SingleInstance>(configDir))
{
}

TrayApplication::~TrayApplication()
{
    stop();
}

bool TrayApplication::hasDesktopSession(QString *why)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        *why = QCoreApplication::translate("TrayApplication",
                                           "No desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is "
                                           "set).");
        return false;
    }
#endif
    Q_UNUSED(why);
    return true;
}

bool TrayApplication::start()
{
    UiSettings ui;
    if (!ui.load(m_configDir))
        qCWarning(lcUi).noquote() << ui.errorString();
    m_language->apply(ui.language);

    if (!m_instance->start()) {
        qCInfo(lcUi) << "Codex Bridge is already running; asked it to show its dashboard";
        return false;
    }

    QApplication::setWindowIcon(TrayIconPainter::icon(TrayStatus::State::Running));
    m_service = std::make_unique<ProxyService>(m_settings);
    m_tray = std::make_unique<TrayController>(m_service.get(), m_settings, m_configDir);
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray.get(), &TrayController::languageChosen, this, [this](const QString &code) { m_language->apply(code); });
    connect(m_instance.get(), &SingleInstance::activationRequested, m_tray.get(), &TrayController::openDashboard);
    m_tray->show();
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        // Some panels come up after the applications of the session; if none does, the dashboard window is the
        // way in (closing it does not quit: the tray may still appear).
        QTimer::singleShot(5000, m_tray.get(), [tray = m_tray.get()] {
            if (!QSystemTrayIcon::isSystemTrayAvailable()) {
                qCWarning(lcUi) << "no system tray available; showing the dashboard window instead";
                tray->openDashboard();
            }
        });
    }
    m_service->start();
    return true;
}

void TrayApplication::stop()
{
    if (m_service)
        m_service->stop();
}
