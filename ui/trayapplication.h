#pragma once

#include "core/proxysettings.h"

#include <QObject>

#include <memory>

class LanguageLoader;
class ProxyService;
class SingleInstance;
class TrayController;

// The tray application put together: one instance per config folder, the language, the proxy on its worker
// thread and the tray. QApplication must exist before it is created.
class TrayApplication : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayApplication)

public:
    TrayApplication(const ProxySettings &settings, const QString &configDir, QObject *parent = nullptr);
    ~TrayApplication() override;

    // False when another instance runs (it has been asked to show its dashboard): exit then.
    bool start();
    // Stops the proxy: streams in flight end with an error event.
    void stop();

    TrayController *tray() const { return m_tray.get(); }
    ProxyService *service() const { return m_service.get(); }

    // Whether a desktop session can show a tray; `*why` says what is missing.
    static bool hasDesktopSession(QString *why);

private:
    ProxySettings m_settings;
    QString m_configDir;
    std::unique_ptr<LanguageLoader> m_language;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<ProxyService> m_service;
    std::unique_ptr<TrayController> m_tray;
};
