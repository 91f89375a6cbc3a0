#pragma once

#include "core/proxysettings.h"

#include <QDialog>

#include <memory>

class Autostart;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class ProvidersPage;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QPushButton;

// The settings window. General tab: listening address and port, client key, model mapping (the three Claude
// families and custom aliases), account rotation, start at login and language; Save writes settings.json and
// ui.json atomically and hands the new proxy settings to the tray, which applies them without a restart (a new
// port moves the listener). Providers tab (ProvidersPage): changes go to the running proxy at once.
class SettingsWindow : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsWindow)

public:
    SettingsWindow(const ProxySettings &settings, const QString &configDir, QWidget *parent = nullptr);
    ~SettingsWindow() override;

    // The settings as currently entered (not saved).
    ProxySettings enteredSettings() const;
    QString enteredLanguage() const;
    // Why the entered settings cannot be saved; empty when they can.
    QString validationError() const;
    // Shows `settings` again (e.g. after the dashboard changed them) when the window has no unsaved edits.
    void setSettings(const ProxySettings &settings);
    // Where the running proxy listens and its management key, for the Providers tab (empty URL: not running).
    void setProxyConnection(const QString &proxyUrl, const QByteArray &managementKey);

public Q_SLOTS:
    // Validates, writes, emits settingsAccepted()/languageChosen(); false (and an error shown) when refused.
    bool save();

Q_SIGNALS:
    void settingsAccepted(const ProxySettings &settings);
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void load(const ProxySettings &settings);
    void addAliasRow(const QString &alias, const QString &target);
    void updateState();

    ProxySettings m_settings;
    QString m_configDir;
    std::unique_ptr<Autostart> m_autostart;
    bool m_dirty = false;

    QTabWidget *m_tabs = nullptr;
    ProvidersPage *m_providers = nullptr;
    QLabel *m_hostLabel = nullptr;
    QComboBox *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QPushButton *m_generateKey = nullptr;
    QLabel *m_mappingLabel = nullptr;
    QTableWidget *m_mapping = nullptr;
    QPushButton *m_addAlias = nullptr;
    QPushButton *m_removeAlias = nullptr;
    QLabel *m_rotationLabel = nullptr;
    QComboBox *m_rotation = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
