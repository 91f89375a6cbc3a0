#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// One OpenAI-compatible Chat Completions endpoint (Ollama, LM Studio, llama.cpp server, OpenRouter, Kilo...).
// The API key is not part of it: it lives in the SecretStore under secretKey() and never in a file or a reply.
//
// JSON (providers.json): {"id":"ollama","name":"Local Ollama","baseUrl":"http://127.0.0.1:11434/v1",
//                         "headers":{"HTTP-Referer":"..."},"models":["qwen3:8b"]}
class Provider
{
    Q_DECLARE_TR_FUNCTIONS(Provider)

public:
    QString id;      // [a-z0-9_-], unique, also the prefix of explicit "id/model" names
    QString name;    // for people
    QUrl baseUrl;    // as for the OpenAI SDK: {baseUrl}/chat/completions, {baseUrl}/models
    QList<QPair<QByteArray, QByteArray>> headers; // sent with every request
    QStringList models; // offered models (from /models, or typed in)

    QString secretKey() const { return secretKeyFor(id); }
    static QString secretKeyFor(const QString &id) { return QStringLiteral("provider:") + id; }

    QUrl chatCompletionsUrl() const;
    QUrl modelsUrl() const;

    QJsonObject toJson() const;
    // nullopt-like: an empty id and *error when `json` is not a usable provider.
    static Provider fromJson(const QJsonObject &json, QString *error = nullptr);
    // Empty when valid, else why not (translated).
    QString validate() const;

    // A lower-case id made of [a-z0-9-] from a display name ("Local Ollama" -> "local-ollama").
    static QString idFromName(const QString &name);
    static bool isValidId(const QString &id);
    // Header names a user may not set: they are the proxy's to choose (auth, framing).
    static bool isReservedHeader(const QByteArray &name);
};
