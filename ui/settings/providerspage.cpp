#include "providerspage.h"

#include "settings/providersclient.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, BaseUrlColumn, ModelsColumn, KeyColumn, ColumnCount };

QString idOf(const QJsonValue &provider)
{
    return provider.toObject().value(QLatin1String("id")).toString();
}

QSet<QString> idsOf(const QJsonArray &providers)
{
    QSet<QString> ids;
    for (const QJsonValue &provider : providers)
        ids.insert(idOf(provider));
    return ids;
}
} // namespace

ProvidersPage::ProvidersPage(QWidget *parent)
    : QWidget(parent)
    , m_client(new ProvidersClient(this))
{
    setObjectName(QStringLiteral("providersPage"));
    buildUi();
    retranslate();
    updateState();
}

ProvidersPage::~ProvidersPage() = default;

void ProvidersPage::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(110);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateState(); });

    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testProvider"));
    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testSelected);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeProvider"));
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::confirmRemove);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_test);
    listButtons->addWidget(m_remove);

    m_addBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_addBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto field = [this, form](QLabel *&label, QLineEdit *&edit, const char *name) {
        edit = new QLineEdit(m_addBox);
        edit->setObjectName(QLatin1String(name));
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, [this] { updateState(); });
        label = new QLabel(m_addBox);
        form->addRow(label, edit);
    };
    field(m_nameLabel, m_name, "providerName");
    field(m_baseUrlLabel, m_baseUrl, "providerBaseUrl");
    field(m_apiKeyLabel, m_apiKey, "providerApiKey");
    // Write-only: typed once, sent to the proxy (which keeps it in the keychain), never shown or copied.
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field(m_modelsLabel, m_models, "providerModels");
    m_testDraft = new QPushButton(m_addBox);
    m_testDraft->setObjectName(QStringLiteral("testDraft"));
    connect(m_testDraft, &QPushButton::clicked, this, &ProvidersPage::testDraft);
    m_add = new QPushButton(m_addBox);
    m_add->setObjectName(QStringLiteral("addProvider"));
    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::addProvider);
    connect(m_baseUrl, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    auto *addButtons = new QHBoxLayout;
    addButtons->addStretch();
    addButtons->addWidget(m_testDraft);
    addButtons->addWidget(m_add);
    form->addRow(addButtons);

    m_haikuBox = new QGroupBox(this);
    auto *haikuForm = new QFormLayout(m_haikuBox);
    haikuForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_haiku = new QComboBox(m_haikuBox);
    m_haiku->setObjectName(QStringLiteral("haikuTarget"));
    m_haiku->addItem(QString(), QString());
    connect(m_haiku, &QComboBox::currentIndexChanged, this, &ProvidersPage::routeHaiku);
    m_haikuLabel = new QLabel(m_haikuBox);
    haikuForm->addRow(m_haikuLabel, m_haiku);
    m_haikuHint = new QLabel(m_haikuBox);
    m_haikuHint->setWordWrap(true);
    haikuForm->addRow(m_haikuHint);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_addBox);
    layout->addWidget(m_haikuBox);
    layout->addWidget(m_status);
}

void ProvidersPage::retranslate()
{
    m_intro->setText(tr("OpenAI-compatible servers beside your ChatGPT subscription: a local Ollama, LM Studio or "
                        "llama.cpp server, or a gateway such as OpenRouter. Changes here apply at once."));
    m_list->setHeaderLabels({tr("Name"), tr("Base URL"), tr("Models"), tr("API key")});
    m_test->setText(tr("Test connection"));
    m_remove->setText(tr("Remove"));
    m_addBox->setTitle(tr("Add a provider"));
    m_nameLabel->setText(tr("Name:"));
    m_name->setPlaceholderText(tr("e.g. Local Ollama"));
    m_baseUrlLabel->setText(tr("Base URL:"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:11434/v1"));
    m_baseUrl->setToolTip(tr("As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), "
                             "http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1."));
    m_apiKeyLabel->setText(tr("API key:"));
    m_apiKey->setPlaceholderText(tr("empty for local servers; kept in the system keychain"));
    m_modelsLabel->setText(tr("Models:"));
    m_models->setPlaceholderText(tr("optional, comma-separated; the connection test fetches them"));
    m_testDraft->setText(tr("Test"));
    m_add->setText(tr("Add provider"));
    m_haikuBox->setTitle(tr("Claude Haiku requests"));
    m_haikuLabel->setText(tr("Send to:"));
    m_haiku->setItemText(0, tr("ChatGPT subscription"));
    m_haikuHint->setText(tr("Claude Code sends light background work (titles, summaries) to its Haiku model; a "
                            "provider model can take it and spare your ChatGPT quota."));
    showProviders(QJsonObject{{QStringLiteral("providers"), m_providers},
                              {QStringLiteral("haikuModel"), m_haikuModel},
                              {QStringLiteral("routeHaiku"), m_routeHaiku}});
}

void ProvidersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProvidersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The dashboard may have changed them meanwhile.
    refresh();
}

void ProvidersPage::setConnection(const QString &proxyUrl, const QByteArray &managementKey)
{
    m_client->setConnection(proxyUrl, managementKey);
    if (isVisible())
        refresh();
    updateState();
}

void ProvidersPage::refresh()
{
    setBusy(true);
    m_client->listProviders([this](const ProvidersClient::Reply &reply) {
        setBusy(false);
        if (!reply.ok) {
            showStatus(reply.error, true);
            return;
        }
        // An earlier "does not answer" is out of date now.
        if (m_status->property("failed").toBool())
            showStatus(QString(), false);
        showProviders(reply.json);
    });
}

void ProvidersPage::showProviders(const QJsonObject &json)
{
    m_providers = json.value(QLatin1String("providers")).toArray();
    m_haikuModel = json.value(QLatin1String("haikuModel")).toString();
    m_routeHaiku = json.value(QLatin1String("routeHaiku")).toBool();
    const QString selected = selectedId();
    m_list->clear();
    for (const QJsonValue &value : std::as_const(m_providers)) {
        const QJsonObject provider = value.toObject();
        QStringList models;
        for (const QJsonValue &model : provider.value(QLatin1String("models")).toArray())
            models << model.toString();
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, provider.value(QLatin1String("id")).toString());
        item->setText(NameColumn, provider.value(QLatin1String("name")).toString());
        item->setText(BaseUrlColumn, provider.value(QLatin1String("baseUrl")).toString());
        item->setToolTip(BaseUrlColumn, item->text(BaseUrlColumn));
        item->setText(ModelsColumn, models.join(QLatin1String(", ")));
        item->setToolTip(ModelsColumn, models.join(QLatin1Char('\n')));
        item->setText(KeyColumn, provider.value(QLatin1String("hasApiKey")).toBool() ? tr("in the keychain") : tr("none"));
        if (idOf(value) == selected)
            m_list->setCurrentItem(item);
    }
    fillHaikuChoices();
    updateState();
}

void ProvidersPage::fillHaikuChoices()
{
    // Rebuilt from the proxy's answer: not a choice of the user's, so nothing is sent.
    const QSignalBlocker blocker(m_haiku);
    while (m_haiku->count() > 1)
        m_haiku->removeItem(1);
    for (const QJsonValue &value : std::as_const(m_providers)) {
        const QJsonObject provider = value.toObject();
        for (const QJsonValue &model : provider.value(QLatin1String("models")).toArray()) {
            m_haiku->addItem(tr("%1: %2").arg(provider.value(QLatin1String("name")).toString(), model.toString()),
                             idOf(value) + QLatin1Char('/') + model.toString());
        }
    }
    int current = 0;
    if (m_routeHaiku && !m_haikuModel.isEmpty()) {
        current = m_haiku->findData(m_haikuModel);
        if (current < 0) {
            // A model typed elsewhere (the dashboard, the reference route) that no provider lists.
            m_haiku->addItem(m_haikuModel, m_haikuModel);
            current = m_haiku->count() - 1;
        }
    }
    m_haiku->setCurrentIndex(current);
}

void ProvidersPage::updateState()
{
    const bool idle = m_busy == 0 && m_client->hasConnection();
    const bool draft = !m_name->text().trimmed().isEmpty() && !m_baseUrl->text().trimmed().isEmpty();
    m_add->setEnabled(idle && draft);
    m_testDraft->setEnabled(idle && draft);
    m_test->setEnabled(idle && !selectedId().isEmpty());
    m_remove->setEnabled(idle && !selectedId().isEmpty());
    m_haiku->setEnabled(idle && m_haiku->count() > 1);
}

void ProvidersPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    updateState();
}

void ProvidersPage::showStatus(const QString &text, bool failed)
{
    m_status->setText(text);
    m_status->setProperty("failed", failed);
    m_status->setStyleSheet(failed ? QStringLiteral("color: #c4314b;") : QString());
    m_status->setVisible(!text.isEmpty());
}

QJsonObject ProvidersPage::draftProvider() const
{
    QJsonArray models;
    for (const QString &model : m_models->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!model.trimmed().isEmpty())
            models.append(model.trimmed());
    }
    return QJsonObject{{QStringLiteral("name"), m_name->text().trimmed()},
                       {QStringLiteral("baseUrl"), m_baseUrl->text().trimmed()},
                       {QStringLiteral("models"), models}};
}

QString ProvidersPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toString() : QString();
}

QString ProvidersPage::providerName(const QString &id) const
{
    for (const QJsonValue &value : m_providers) {
        if (idOf(value) == id)
            return value.toObject().value(QLatin1String("name")).toString();
    }
    return id;
}

void ProvidersPage::addProvider()
{
    const QJsonObject provider = draftProvider();
    const QString name = provider.value(QLatin1String("name")).toString();
    const QSet<QString> before = idsOf(m_providers);
    setBusy(true);
    m_client->addProvider(provider, m_apiKey->text(), [this, name, before](const ProvidersClient::Reply &reply) {
        setBusy(false);
        if (!reply.ok) {
            showStatus(tr("%1 was not added: %2").arg(name, reply.error), true);
            return;
        }
        // Sent once; the proxy has it in the keychain now.
        m_apiKey->clear();
        m_name->clear();
        m_baseUrl->clear();
        m_models->clear();
        showProviders(reply.json);
        const QSet<QString> added = idsOf(m_providers) - before;
        showStatus(tr("%1 was added. Testing the connection…").arg(name), false);
        if (added.isEmpty())
            return;
        // As the dashboard does: the test fetches the models the Haiku choice offers.
        const QString id = *added.cbegin();
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            if (m_list->topLevelItem(row)->data(NameColumn, Qt::UserRole).toString() == id)
                m_list->setCurrentItem(m_list->topLevelItem(row));
        }
        testSelected();
    });
}

void ProvidersPage::testSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString name = providerName(id);
    setBusy(true);
    m_client->testProvider(id, [this, name](const ProvidersClient::Reply &reply) {
        setBusy(false);
        showTestResult(name, reply.json, reply.ok ? QString() : reply.error);
        // A successful test stored the provider's model list.
        if (reply.ok && reply.json.value(QLatin1String("success")).toBool())
            refresh();
    });
}

void ProvidersPage::testDraft()
{
    const QJsonObject provider = draftProvider();
    const QString name = provider.value(QLatin1String("name")).toString();
    setBusy(true);
    m_client->testDraft(provider, m_apiKey->text(), [this, name](const ProvidersClient::Reply &reply) {
        setBusy(false);
        showTestResult(name, reply.json, reply.ok ? QString() : reply.error);
        const QJsonArray models = reply.json.value(QLatin1String("models")).toArray();
        if (reply.ok && m_models->text().trimmed().isEmpty() && !models.isEmpty()) {
            QStringList names;
            for (const QJsonValue &model : models)
                names << model.toString();
            m_models->setText(names.join(QLatin1String(", ")));
        }
    });
}

void ProvidersPage::showTestResult(const QString &name, const QJsonObject &json, const QString &error)
{
    if (!error.isEmpty()) {
        showStatus(tr("Could not test %1: %2").arg(name, error), true);
        return;
    }
    if (json.value(QLatin1String("success")).toBool()) {
        const qsizetype count = json.value(QLatin1String("models")).toArray().size();
        showStatus(tr("%1 answers: %n model(s).", nullptr, int(count)).arg(name), false);
        return;
    }
    const int status = json.value(QLatin1String("status")).toInt();
    const QString message = json.value(QLatin1String("message")).toString();
    showStatus(status == 0 ? tr("%1 did not answer: %2").arg(name, message)
                           : tr("%1 answered with HTTP status %2: %3").arg(name, QString::number(status), message),
               true);
}

void ProvidersPage::confirmRemove()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    // Window-modal and asynchronous: the settings window keeps painting while it asks.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove provider"),
                                tr("Remove %1? Its API key is deleted from the keychain, and the requests routed to "
                                   "it go to your ChatGPT subscription again.")
                                    .arg(providerName(id)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            remove(id);
    });
    box->open();
}

void ProvidersPage::remove(const QString &id)
{
    const QString name = providerName(id);
    setBusy(true);
    m_client->removeProvider(id, [this, name](const ProvidersClient::Reply &reply) {
        setBusy(false);
        if (!reply.ok) {
            showStatus(tr("%1 was not removed: %2").arg(name, reply.error), true);
            return;
        }
        showProviders(reply.json);
        showStatus(tr("%1 was removed.").arg(name), false);
    });
}

void ProvidersPage::routeHaiku(int index)
{
    const QString target = m_haiku->itemData(index).toString();
    const QString label = m_haiku->itemText(index);
    const auto done = [this, label](const ProvidersClient::Reply &reply) {
        setBusy(false);
        if (!reply.ok) {
            showStatus(tr("Claude Haiku requests were not rerouted: %1").arg(reply.error), true);
            fillHaikuChoices(); // back to what the proxy has
            return;
        }
        m_haikuModel = reply.json.value(QLatin1String("haikuKiloModel")).toString();
        m_routeHaiku = reply.json.value(QLatin1String("routeHaiku")).toBool();
        fillHaikuChoices();
        showStatus(m_routeHaiku ? tr("Claude Haiku requests now go to %1.").arg(label)
                                : tr("Claude Haiku requests now go to your ChatGPT subscription."),
                   false);
    };
    setBusy(true);
    if (target.isEmpty())
        m_client->routeHaikuToChatGpt(done);
    else
        m_client->routeHaikuTo(target, done);
}
