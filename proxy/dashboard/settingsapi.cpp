#include "settingsapi.h"

#include "core/apierror.h"
#include "core/loggingcategories.h"
#include "http/httprequest.h"
#include "http/httpresponder.h"
#include "server/managementapi.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {
constexpr int MinClientKeyLength = 8;
constexpr int MaxClientKeyLength = 512;
constexpr int MaxHostLength = 255;

// "localhost" or a literal address ("[::1]" taken as "::1"); empty when it is neither.
QString listenHost(QString host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return host.toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return QHostAddress(host).isNull() ? QString() : host;
}

// Sent as a header value by clients: printable ASCII without spaces, so it survives every client and shell.
bool isClientKey(const QString &key)
{
    if (key.size() < MinClientKeyLength || key.size() > MaxClientKeyLength)
        return false;
    for (const QChar c : key) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}
} // namespace

SettingsApi::SettingsApi(QString configDir, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_configDir(std::move(configDir))
    , m_hooks(std::move(hooks))
{
}

QJsonObject SettingsApi::toJson(const ProxySettings &settings)
{
    return QJsonObject{{QStringLiteral("host"), settings.host},
                       {QStringLiteral("port"), int(settings.port)},
                       {QStringLiteral("clientKey"), settings.clientKey},
                       {QStringLiteral("modelMapping"), settings.modelMapper.toJson()},
                       {QStringLiteral("rotation"), settings.rotation},
                       {QStringLiteral("systemAsInstructions"), settings.systemAsInstructions}};
}

std::optional<SettingsApi::Problem> SettingsApi::merge(const QJsonObject &changes, ProxySettings *settings)
{
    ProxySettings next = *settings;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString &field = it.key();
        const QJsonValue &value = it.value();
        if (field == QLatin1String("host")) {
            const QString raw = value.toString().trimmed();
            const QString host = raw.size() > MaxHostLength ? QString() : listenHost(raw);
            if (!value.isString() || host.isEmpty())
                return Problem{field, tr("The bind address must be an IP address (127.0.0.1, ::1, 0.0.0.0…) or "
                                         "localhost.")};
            next.host = host;
        } else if (field == QLatin1String("port")) {
            const double port = value.toDouble(-1);
            if (!value.isDouble() || port != std::floor(port) || port < 1 || port > 65535)
                return Problem{field, tr("The port must be a whole number from 1 to 65535.")};
            next.port = quint16(port);
        } else if (field == QLatin1String("clientKey")) {
            const QString key = value.toString();
            if (!value.isString() || (!key.isEmpty() && !isClientKey(key)))
                return Problem{field, tr("The client key must be empty (none) or %1 to %2 printable characters "
                                         "without spaces.")
                                          .arg(MinClientKeyLength)
                                          .arg(MaxClientKeyLength)};
            next.clientKey = key;
        } else if (field == QLatin1String("rotation")) {
            if (!value.isString() || !ProxySettings::isValidRotation(value.toString()))
                return Problem{field, tr("The rotation must be off, sticky or round-robin.")};
            next.rotation = value.toString();
        } else if (field == QLatin1String("modelMapping")) {
            if (!value.isObject())
                return Problem{field, tr("The model mapping must be an object {\"families\":{…},\"aliases\":{…}}.")};
            QStringList problems;
            ModelMapper mapper = ModelMapper::fromJson(value.toObject(), &problems);
            // The dashboard shows what was wrong instead of silently dropping entries as the file loader does.
            if (!problems.isEmpty())
                return Problem{field, problems.join(QLatin1Char(' '))};
            next.modelMapper = std::move(mapper);
        } else if (field == QLatin1String("systemAsInstructions")) {
            if (!value.isBool())
                return Problem{field, tr("systemAsInstructions must be true or false.")};
            next.systemAsInstructions = value.toBool();
        } else {
            return Problem{field, tr("Unknown setting \"%1\".").arg(field)};
        }
    }
    if (!ProxySettings::isLoopbackHost(next.host) && next.clientKey.isEmpty())
        return Problem{QStringLiteral("clientKey"),
                       tr("Listening on %1 needs a client key: anyone who can reach that address could use your "
                          "ChatGPT subscription.")
                           .arg(next.host)};
    *settings = std::move(next);
    return std::nullopt;
}

void SettingsApi::handleRequest(const HttpRequest &request, HttpResponder *responder)
{
    if (request.method == "GET" || request.method == "HEAD")
        get(responder);
    else if (request.method == "POST")
        post(request, responder);
    else
        ManagementApi::sendError(responder, ApiError(405, QStringLiteral("invalid_request_error"),
                                                     tr("Method %1 is not allowed on /settings.")
                                                         .arg(QString::fromLatin1(request.method))));
}

void SettingsApi::get(HttpResponder *responder)
{
    ManagementApi::sendJson(responder, 200, QJsonObject{{QStringLiteral("success"), true},
                                                        {QStringLiteral("settings"), toJson(m_hooks.current())},
                                                        {QStringLiteral("url"), m_hooks.url()}});
}

void SettingsApi::sendProblem(HttpResponder *responder, int status, const Problem &problem)
{
    QJsonObject json = QJsonDocument::fromJson(
                           ApiError(status, QStringLiteral("invalid_request_error"), problem.message)
                               .toJson(ApiError::Flavor::Anthropic))
                           .object();
    json.insert(QStringLiteral("success"), false);
    if (!problem.field.isEmpty())
        json.insert(QStringLiteral("field"), problem.field);
    ManagementApi::sendJson(responder, status, json);
}

void SettingsApi::post(const HttpRequest &request, HttpResponder *responder)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendProblem(responder, 400, {QString(), tr("The request body must be a JSON object of settings.")});
        return;
    }
    const QJsonObject changes = doc.object();

    ProxySettings next = m_hooks.current();
    if (const std::optional<Problem> problem = merge(changes, &next)) {
        sendProblem(responder, 400, *problem);
        return;
    }
    // The file gets only what was sent, on top of what it holds (not the command line's overrides).
    ProxySettings stored;
    if (!stored.load(m_configDir)) {
        sendProblem(responder, 409, {QString(), stored.errorString()});
        return;
    }
    if (const std::optional<Problem> problem = merge(changes, &stored)) {
        sendProblem(responder, 400, *problem);
        return;
    }

    QString error;
    if (!m_hooks.apply(next, &error)) {
        sendProblem(responder, 409, {changes.contains(QLatin1String("port")) ? QStringLiteral("port") : QString(), error});
        return;
    }
    if (!stored.save(m_configDir)) {
        qCWarning(lcDashboard).noquote() << "settings applied but not saved:" << stored.errorString();
        sendProblem(responder, 500,
                    {QString(), tr("The settings are in effect until the proxy stops, but could not be saved: %1")
                                    .arg(stored.errorString())});
        return;
    }
    qCInfo(lcDashboard).noquote() << "settings changed:" << QStringList(changes.keys()).join(QLatin1String(", "));
    ManagementApi::sendJson(responder, 200, QJsonObject{{QStringLiteral("success"), true},
                                                        {QStringLiteral("settings"), toJson(m_hooks.current())},
                                                        {QStringLiteral("url"), m_hooks.url()}});
}
