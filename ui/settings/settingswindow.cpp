#include "settingswindow.h"

#include "desktop/autostart.h"
#include "i18n/languageloader.h"
#include "i18n/uisettings.h"
#include "settings/providerspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { RequestedColumn, TargetColumn };
constexpr int kFamilyRows = 3;
const ModelMapper::Family kFamilies[kFamilyRows] = {ModelMapper::Family::Opus, ModelMapper::Family::Sonnet,
                                                      ModelMapper::Family::Haiku};

QString generatedKey()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("cb-") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

SettingsWindow::SettingsWindow(const ProxySettings &settings, const QString &configDir, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_configDir(configDir)
    , m_autostart(std::make_unique<Autostart>())
{
    setObjectName(QStringLiteral("settingsWindow"));
    buildUi();
    retranslate();
    load(settings);
}

SettingsWindow::~SettingsWindow() = default;

void SettingsWindow::buildUi()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setEditable(true);
    m_host->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0")});
    m_hostLabel = new QLabel(this);
    form->addRow(m_hostLabel, m_host);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_portLabel = new QLabel(this);
    form->addRow(m_portLabel, m_port);

    m_clientKey = new QLineEdit(this);
    m_clientKey->setObjectName(QStringLiteral("clientKey"));
    m_clientKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_clientKey->setClearButtonEnabled(true);
    m_generateKey = new QPushButton(this);
    m_generateKey->setObjectName(QStringLiteral("generateKey"));
    connect(m_generateKey, &QPushButton::clicked, this, [this] { m_clientKey->setText(generatedKey()); });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_clientKey, 1);
    keyRow->addWidget(m_generateKey);
    m_keyLabel = new QLabel(this);
    form->addRow(m_keyLabel, keyRow);

    m_mapping = new QTableWidget(0, 2, this);
    m_mapping->setObjectName(QStringLiteral("modelMapping"));
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mapping->setMinimumHeight(170);
    m_addAlias = new QPushButton(this);
    m_addAlias->setObjectName(QStringLiteral("addAlias"));
    connect(m_addAlias, &QPushButton::clicked, this, [this] {
        addAliasRow(QString(), QString());
        m_mapping->editItem(m_mapping->item(m_mapping->rowCount() - 1, RequestedColumn));
    });
    m_removeAlias = new QPushButton(this);
    m_removeAlias->setObjectName(QStringLiteral("removeAlias"));
    connect(m_removeAlias, &QPushButton::clicked, this, [this] {
        const int row = m_mapping->currentRow();
        if (row >= kFamilyRows)
            m_mapping->removeRow(row);
        updateState();
    });
    connect(m_mapping, &QTableWidget::currentCellChanged, this, [this] { updateState(); });
    auto *aliasButtons = new QHBoxLayout;
    aliasButtons->addStretch();
    aliasButtons->addWidget(m_addAlias);
    aliasButtons->addWidget(m_removeAlias);
    auto *mappingBox = new QVBoxLayout;
    mappingBox->addWidget(m_mapping);
    mappingBox->addLayout(aliasButtons);
    m_mappingLabel = new QLabel(this);
    form->addRow(m_mappingLabel, mappingBox);

    m_rotation = new QComboBox(this);
    m_rotation->setObjectName(QStringLiteral("rotation"));
    m_rotation->addItem(QString(), QStringLiteral("off"));
    m_rotation->addItem(QString(), QStringLiteral("sticky"));
    m_rotation->addItem(QString(), QStringLiteral("round-robin"));
    m_rotationLabel = new QLabel(this);
    form->addRow(m_rotationLabel, m_rotation);

    m_startAtLogin = new QCheckBox(this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    form->addRow(QString(), m_startAtLogin);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    for (const LanguageLoader::Language &language : LanguageLoader::available())
        m_language->addItem(language.nativeName, language.code);
    m_languageLabel = new QLabel(this);
    form->addRow(m_languageLabel, m_language);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c4314b;"));
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *general = new QWidget(this);
    general->setObjectName(QStringLiteral("generalPage"));
    general->setLayout(form);
    m_providers = new ProvidersPage(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, QString());
    m_tabs->addTab(m_providers, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const auto markDirty = [this] {
        m_dirty = true;
        updateState();
    };
    connect(m_host, &QComboBox::currentTextChanged, this, markDirty);
    connect(m_port, &QSpinBox::valueChanged, this, markDirty);
    connect(m_clientKey, &QLineEdit::textChanged, this, markDirty);
    connect(m_mapping, &QTableWidget::itemChanged, this, markDirty);
    connect(m_rotation, &QComboBox::currentIndexChanged, this, markDirty);
    resize(560, 560);
}

void SettingsWindow::retranslate()
{
    setWindowTitle(tr("Codex Bridge Settings"));
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Providers"));
    m_hostLabel->setText(tr("Listen on:"));
    m_host->setToolTip(tr("127.0.0.1 keeps the proxy to this computer. Any other address needs a client key."));
    m_portLabel->setText(tr("Port:"));
    m_keyLabel->setText(tr("Client key:"));
    m_clientKey->setPlaceholderText(tr("none (only this computer can connect)"));
    m_generateKey->setText(tr("Generate"));
    m_mappingLabel->setText(tr("Models:"));
    m_mapping->setHorizontalHeaderLabels({tr("Requested model"), tr("ChatGPT model")});
    m_addAlias->setText(tr("Add alias"));
    m_removeAlias->setText(tr("Remove"));
    m_rotationLabel->setText(tr("Account rotation:"));
    m_rotation->setItemText(0, tr("Off — use the active account"));
    m_rotation->setItemText(1, tr("Sticky — keep a session on one account until it runs out"));
    m_rotation->setItemText(2, tr("Round robin — spread requests over all accounts"));
    m_startAtLogin->setText(tr("Start Codex Bridge at login"));
    m_languageLabel->setText(tr("Language:"));
    m_language->setItemText(0, tr("System default"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (int row = 0; row < kFamilyRows && row < m_mapping->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_mapping->item(row, RequestedColumn))
            item->setText(tr("Claude %1 (any version)").arg(ModelMapper::familyName(kFamilies[row])));
    }
}

void SettingsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsWindow::load(const ProxySettings &settings)
{
    const QSignalBlocker blockTable(m_mapping);
    m_settings = settings;
    m_host->setCurrentText(settings.host);
    m_port->setValue(settings.port);
    m_clientKey->setText(settings.clientKey);
    m_mapping->setRowCount(0);
    for (int row = 0; row < kFamilyRows; ++row) {
        m_mapping->insertRow(row);
        auto *requested = new QTableWidgetItem;
        requested->setFlags(Qt::ItemIsEnabled);
        requested->setData(Qt::UserRole, ModelMapper::familyName(kFamilies[row]));
        m_mapping->setItem(row, RequestedColumn, requested);
        m_mapping->setItem(row, TargetColumn, new QTableWidgetItem(settings.modelMapper.familyTarget(kFamilies[row])));
    }
    const QHash<QString, QString> aliases = settings.modelMapper.aliases();
    QStringList names = aliases.keys();
    names.sort();
    for (const QString &alias : std::as_const(names))
        addAliasRow(alias, aliases.value(alias));
    m_rotation->setCurrentIndex(qMax(0, m_rotation->findData(settings.rotation)));
    m_startAtLogin->setChecked(m_autostart->isEnabled());
    UiSettings ui;
    ui.load(m_configDir);
    m_language->setCurrentIndex(qMax(0, m_language->findData(ui.language)));
    retranslate();
    m_dirty = false;
    updateState();
}

void SettingsWindow::setSettings(const ProxySettings &settings)
{
    if (!m_dirty || !isVisible())
        load(settings);
}

void SettingsWindow::setProxyConnection(const QString &proxyUrl, const QByteArray &managementKey)
{
    m_providers->setConnection(proxyUrl, managementKey);
}

void SettingsWindow::addAliasRow(const QString &alias, const QString &target)
{
    const QSignalBlocker blockTable(m_mapping);
    const int row = m_mapping->rowCount();
    m_mapping->insertRow(row);
    m_mapping->setItem(row, RequestedColumn, new QTableWidgetItem(alias));
    m_mapping->setItem(row, TargetColumn, new QTableWidgetItem(target));
}

ProxySettings SettingsWindow::enteredSettings() const
{
    ProxySettings settings = m_settings;
    settings.host = m_host->currentText().trimmed();
    settings.port = quint16(m_port->value());
    settings.clientKey = m_clientKey->text().trimmed();
    ModelMapper mapper;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const QString requested = m_mapping->item(row, RequestedColumn) ? m_mapping->item(row, RequestedColumn)->text().trimmed() : QString();
        const QString target = m_mapping->item(row, TargetColumn) ? m_mapping->item(row, TargetColumn)->text().trimmed() : QString();
        if (row < kFamilyRows) {
            if (!target.isEmpty())
                mapper.setFamilyTarget(kFamilies[row], target);
        } else if (!requested.isEmpty() && !target.isEmpty()) {
            mapper.setAlias(requested, target);
        }
    }
    settings.modelMapper = mapper;
    settings.rotation = m_rotation->currentData().toString();
    return settings;
}

QString SettingsWindow::enteredLanguage() const
{
    return m_language->currentData().toString();
}

QString SettingsWindow::validationError() const
{
    const ProxySettings settings = enteredSettings();
    if (settings.host.isEmpty())
        return tr("Enter the address to listen on, e.g. 127.0.0.1.");
    if (!ProxySettings::isLoopbackHost(settings.host) && settings.clientKey.isEmpty())
        return tr("Listening on %1 lets other computers use your ChatGPT subscription: set a client key first.")
            .arg(settings.host);
    for (int row = kFamilyRows; row < m_mapping->rowCount(); ++row) {
        const QString requested = m_mapping->item(row, RequestedColumn) ? m_mapping->item(row, RequestedColumn)->text().trimmed() : QString();
        const QString target = m_mapping->item(row, TargetColumn) ? m_mapping->item(row, TargetColumn)->text().trimmed() : QString();
        if (requested.isEmpty() != target.isEmpty())
            return tr("Each alias needs both a requested model and a ChatGPT model.");
    }
    return {};
}

void SettingsWindow::updateState()
{
    m_removeAlias->setEnabled(m_mapping->currentRow() >= kFamilyRows);
    const QString error = validationError();
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(error.isEmpty());
}

bool SettingsWindow::save()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    ProxySettings settings = enteredSettings();
    if (!settings.save(m_configDir)) {
        m_message->setText(settings.errorString());
        m_message->show();
        return false;
    }
    if (m_startAtLogin->isChecked() != m_autostart->isEnabled() && !m_autostart->setEnabled(m_startAtLogin->isChecked())) {
        m_message->setText(m_autostart->errorString());
        m_message->show();
        return false;
    }
    UiSettings ui;
    ui.load(m_configDir);
    const QString language = enteredLanguage();
    if (ui.language != language) {
        ui.language = language;
        if (!ui.save(m_configDir)) {
            m_message->setText(ui.errorString());
            m_message->show();
            return false;
        }
        Q_EMIT languageChosen(language);
    }
    m_settings = settings;
    m_dirty = false;
    Q_EMIT settingsAccepted(settings);
    return true;
}
