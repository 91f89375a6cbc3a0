#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class ProvidersClient;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// The settings window's Providers tab: OpenAI-compatible providers beside the ChatGPT subscription (list, add with
// name, base URL, API key and models, test connection, remove) and where Claude Code's Haiku requests go. Every
// change goes to the running proxy at once through its /settings/providers and /settings/haiku-model routes
// (ProvidersClient, asynchronous); the proxy keeps providers.json and puts API keys into the keychain. The API key
// field is write-only: the key is sent once and never shown, logged or stored by the UI.
class ProvidersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    explicit ProvidersPage(QWidget *parent = nullptr);
    ~ProvidersPage() override;

    // Where the proxy listens and its management key (ManagementApi::loadOrCreateKey); an empty URL: not running.
    // Reloads the list when it changed.
    void setConnection(const QString &proxyUrl, const QByteArray &managementKey);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void showProviders(const QJsonObject &json);
    void fillHaikuChoices();
    void updateState();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool failed);
    QJsonObject draftProvider() const;
    QString selectedId() const;
    QString providerName(const QString &id) const;
    void addProvider();
    void testSelected();
    void testDraft();
    void confirmRemove();
    void remove(const QString &id);
    void routeHaiku(int index);
    // The outcome of a test (the route answers 200 with success true/false, or an error of its own).
    void showTestResult(const QString &name, const QJsonObject &json, const QString &error);

    ProvidersClient *m_client;
    QJsonArray m_providers;
    QString m_haikuModel;
    bool m_routeHaiku = false;
    int m_busy = 0;
    bool m_loaded = false;

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_remove = nullptr;
    QGroupBox *m_addBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_baseUrlLabel = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_apiKeyLabel = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_modelsLabel = nullptr;
    QLineEdit *m_models = nullptr;
    QPushButton *m_testDraft = nullptr;
    QPushButton *m_add = nullptr;
    QGroupBox *m_haikuBox = nullptr;
    QLabel *m_haikuLabel = nullptr;
    QComboBox *m_haiku = nullptr;
    QLabel *m_haikuHint = nullptr;
    QLabel *m_status = nullptr;
};
