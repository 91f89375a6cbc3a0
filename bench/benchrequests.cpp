#include "benchrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

const QByteArray BenchRequests::DirectTextMarker = QByteArrayLiteral("event: response.output_text.delta\n");
const QByteArray BenchRequests::ProxyTextMarker = QByteArrayLiteral("\"type\":\"text_delta\"");
const QByteArray BenchRequests::DirectArgsMarker = QByteArrayLiteral("event: response.function_call_arguments.delta\n");
const QByteArray BenchRequests::ProxyArgsMarker = QByteArrayLiteral("\"type\":\"input_json_delta\"");

BenchRequests::Endpoint BenchRequests::endpointOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("http") || parsed.port() <= 0)
        return {};
    return Endpoint{parsed.host(), quint16(parsed.port())};
}

HttpBenchClient::Request BenchRequests::anthropicMessages(bool stream, const QByteArray &imageBase64)
{
    // Same session for every request, as within one Claude Code session.
    static const QByteArray sessionId = QByteArrayLiteral("5b0d6a8e-3c1f-4e2a-9d7b-8f6e5c4b3a21");
    HttpBenchClient::Request request;
    request.path = QByteArrayLiteral("/v1/messages");
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")},
                       {QByteArrayLiteral("x-api-key"), QByteArrayLiteral("bench")},
                       {QByteArrayLiteral("x-claude-code-session-id"), sessionId},
                       {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("claude-cli/2.0.0 (external, cli)")}};
    QJsonArray content{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                   {QStringLiteral("text"), QStringLiteral("Say hello in one sentence.")}}};
    if (!imageBase64.isEmpty()) {
        content.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("image")},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("base64")},
                                                   {QStringLiteral("media_type"), QStringLiteral("image/png")},
                                                   {QStringLiteral("data"), QString::fromLatin1(imageBase64)}}}});
    }
    const QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-5")},
        {QStringLiteral("max_tokens"), 1024},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("system"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                          {QStringLiteral("text"), QStringLiteral("You are Claude Code, Anthropic's official CLI for Claude.")}}}},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), content}}}},
    };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentMarker = ProxyTextMarker;
    return request;
}
