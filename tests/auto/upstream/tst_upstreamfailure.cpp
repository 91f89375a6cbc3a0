#include "upstream/upstreamfailure.h"

#include <QJsonDocument>
#include <QTest>

class tst_UpstreamFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("clientStatus");
        QTest::addColumn<QString>("clientType");
        QTest::addColumn<bool>("retryable");

        using K = UpstreamFailure::Kind;
        QTest::newRow("401") << 401 << QByteArray(R"({"error":{"message":"bad token","code":"token_expired"}})")
                             << int(K::Unauthorized) << 401 << "authentication_error" << false;
        QTest::newRow("usage limit") << 429
                                     << QByteArray(R"({"error":{"type":"usage_limit_reached","message":"limit","resets_in_seconds":600}})")
                                     << int(K::UsageLimit) << 429 << "rate_limit_error" << false;
        QTest::newRow("plain 429") << 429 << QByteArray(R"({"error":{"message":"slow down"}})") << int(K::RateLimited)
                                   << 429 << "rate_limit_error" << false;
        QTest::newRow("context code") << 400
                                      << QByteArray(R"({"error":{"code":"context_length_exceeded","message":"too long"}})")
                                      << int(K::ContextTooLong) << 413 << "request_too_large" << false;
        QTest::newRow("context message") << 400
                                         << QByteArray(R"({"error":{"message":"Your input exceeds the context window of this model."}})")
                                         << int(K::ContextTooLong) << 413 << "request_too_large" << false;
        QTest::newRow("encrypted content") << 400
                                           << QByteArray(R"({"error":{"code":"invalid_encrypted_content","message":"x"}})")
                                           << int(K::InvalidEncryptedContent) << 400 << "invalid_request_error" << false;
        QTest::newRow("overloaded code") << 200
                                         << QByteArray(R"({"type":"error","code":"server_is_overloaded","message":"busy"})")
                                         << int(K::Overloaded) << 529 << "overloaded_error" << true;
        QTest::newRow("503") << 503 << QByteArray("<html>down</html>") << int(K::Overloaded) << 529 << "overloaded_error"
                             << true;
        QTest::newRow("500") << 500 << QByteArray(R"({"detail":"oops"})") << int(K::ServerError) << 500 << "api_error"
                             << true;
        QTest::newRow("502") << 502 << QByteArray() << int(K::ServerError) << 502 << "api_error" << true;
        QTest::newRow("model not allowed") << 400
                                           << QByteArray(R"({"detail":"The 'x' model is not supported when using Codex with a ChatGPT account."})")
                                           << int(K::InvalidRequest) << 400 << "invalid_request_error" << false;
        QTest::newRow("failed event") << 0
                                      << QByteArray(R"({"type":"response.failed","response":{"error":{"code":"server_error","message":"boom"}}})")
                                      << int(K::ServerError) << 500 << "api_error" << true;
        QTest::newRow("error event quota") << 0
                                           << QByteArray(R"({"type":"error","error":{"type":"insufficient_quota","code":"insufficient_quota","message":"quota"}})")
                                           << int(K::UsageLimit) << 429 << "rate_limit_error" << false;
    }

    void classify()
    {
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, clientStatus);
        QFETCH(QString, clientType);
        QFETCH(bool, retryable);
        const UpstreamFailure failure = UpstreamFailure::fromBody(body, httpStatus);
        QCOMPARE(int(failure.kind()), kind);
        QCOMPARE(failure.isRetryableBeforeOutput(), retryable);
        const ApiError error = failure.toApiError();
        QCOMPARE(error.status, clientStatus);
        QCOMPARE(error.anthropicType(), clientType);
        QVERIFY(!error.message.isEmpty());
    }

    void usageLimitSaysWhenItResets()
    {
        const UpstreamFailure failure = UpstreamFailure::fromBody(
            R"({"error":{"type":"usage_limit_reached","message":"The usage limit has been reached","resets_in_seconds":3600}})",
            429);
        QCOMPARE(failure.resetsInSeconds, 3600);
        const ApiError error = failure.toApiError();
        QCOMPARE(error.retryAfterSeconds, 3600);
        QVERIFY2(error.message.contains(QLatin1String("60 min")), qPrintable(error.message));
    }

    void networkFailureIsRetryable()
    {
        const UpstreamFailure failure = UpstreamFailure::network(QStringLiteral("Connection refused"));
        QCOMPARE(failure.kind(), UpstreamFailure::Kind::NetworkError);
        QVERIFY(failure.isRetryableBeforeOutput());
        QCOMPARE(failure.toApiError().status, 502);
    }

    void errorBodiesAreWellFormed()
    {
        const ApiError error(429, QStringLiteral("slow"));
        const QJsonObject anthropic = QJsonDocument::fromJson(error.toAnthropicJson()).object();
        QCOMPARE(anthropic.value(QLatin1String("type")).toString(), QStringLiteral("error"));
        QCOMPARE(anthropic.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("rate_limit_error"));
        const QJsonObject openai = QJsonDocument::fromJson(error.toOpenAiJson()).object();
        QCOMPARE(openai.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
                 QStringLiteral("slow"));
        QCOMPARE(openai.value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("rate_limit_error"));
    }
};

QTEST_APPLESS_MAIN(tst_UpstreamFailure)
#include "tst_upstreamfailure.moc"
