#include "providers/providerrouting.h"

#include <QTest>

class tst_ProviderRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void nothingWithoutProviders();
    void jsonRoundTrip();
    void validate();
};

namespace {
QList<Provider> providers()
{
    Provider ollama;
    ollama.id = QStringLiteral("ollama");
    ollama.name = QStringLiteral("Local Ollama");
    ollama.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434/v1"));
    ollama.models = {QStringLiteral("qwen3:8b")};
    Provider openrouter;
    openrouter.id = QStringLiteral("openrouter");
    openrouter.name = QStringLiteral("OpenRouter");
    openrouter.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    openrouter.models = {QStringLiteral("minimax/minimax-m2.5:free")};
    return {ollama, openrouter};
}
} // namespace

void tst_ProviderRouting::resolve_data()
{
    QTest::addColumn<QString>("haikuModel");
    QTest::addColumn<bool>("routeHaiku");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected"); // "provider|model", empty: stays on the subscription

    const QString none;
    QTest::newRow("explicit provider/model") << none << false << QStringLiteral("ollama/llama3.2") << QStringLiteral("ollama|llama3.2");
    QTest::newRow("explicit, provider id case-insensitive") << none << false << QStringLiteral("OLLAMA/x") << QStringLiteral("ollama|x");
    QTest::newRow("slash name of an unknown provider stays") << none << false << QStringLiteral("minimax/minimax-m2.5:free") << none;
    QTest::newRow("exact rule") << none << false << QStringLiteral("my-local") << QStringLiteral("ollama|qwen3:8b");
    QTest::newRow("exact rule ignores case and [1m]") << none << false << QStringLiteral("My-Local[1m]") << QStringLiteral("ollama|qwen3:8b");
    QTest::newRow("family rule") << none << false << QStringLiteral("claude-sonnet-4-5-20250929") << QStringLiteral("openrouter|anthropic/claude-sonnet-4.5");
    QTest::newRow("rule without model keeps the name") << none << false << QStringLiteral("gemma3") << QStringLiteral("ollama|gemma3");
    QTest::newRow("opus has no rule") << none << false << QStringLiteral("claude-opus-4-1") << none;
    QTest::newRow("haiku without routeHaiku stays") << QStringLiteral("ollama/qwen3:8b") << false << QStringLiteral("claude-haiku-4-5") << none;
    QTest::newRow("haiku with routeHaiku") << QStringLiteral("ollama/qwen3:8b") << true << QStringLiteral("claude-3-5-haiku-20241022")
                                           << QStringLiteral("ollama|qwen3:8b");
    QTest::newRow("kilo takes the haiku model") << QStringLiteral("minimax/minimax-m2.5:free") << false << QStringLiteral("kilo")
                                                << QStringLiteral("openrouter|minimax/minimax-m2.5:free");
    QTest::newRow("kilo, unlisted model -> first provider") << QStringLiteral("some-model") << false << QStringLiteral("kilo") << QStringLiteral("ollama|some-model");
    QTest::newRow("kilo without a haiku model stays") << none << false << QStringLiteral("kilo") << none;
    QTest::newRow("gpt names stay") << none << false << QStringLiteral("gpt-5.4") << none;
}

void tst_ProviderRouting::resolve()
{
    QFETCH(QString, haikuModel);
    QFETCH(bool, routeHaiku);
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    ProviderRouting routing;
    routing.rules = {{QStringLiteral("my-local"), QStringLiteral("ollama"), QStringLiteral("qwen3:8b")},
                     {QStringLiteral("sonnet"), QStringLiteral("openrouter"), QStringLiteral("anthropic/claude-sonnet-4.5")},
                     {QStringLiteral("gemma3"), QStringLiteral("ollama"), QString()},
                     {QStringLiteral("opus"), QStringLiteral("gone"), QStringLiteral("x")}};
    routing.haikuModel = haikuModel;
    routing.routeHaiku = routeHaiku;
    const auto target = routing.resolve(requested, providers());
    QCOMPARE(target ? target->provider + QLatin1Char('|') + target->model : QString(), expected);
}

void tst_ProviderRouting::nothingWithoutProviders()
{
    ProviderRouting routing;
    routing.rules = {{QStringLiteral("haiku"), QStringLiteral("ollama"), QStringLiteral("m")}};
    routing.haikuModel = QStringLiteral("m");
    routing.routeHaiku = true;
    QVERIFY(!routing.resolve(QStringLiteral("claude-haiku-4-5"), {}));
    QVERIFY(!routing.resolve(QStringLiteral("kilo"), {}));
    QVERIFY(!routing.haikuTarget({}));
}

void tst_ProviderRouting::jsonRoundTrip()
{
    ProviderRouting routing;
    routing.rules = {{QStringLiteral("haiku"), QStringLiteral("ollama"), QStringLiteral("qwen3:8b")}};
    routing.fallback = ProviderRouting::Target{QStringLiteral("openrouter"), QStringLiteral("x/y")};
    routing.haikuModel = QStringLiteral("ollama/qwen3:8b");
    routing.routeHaiku = true;
    const ProviderRouting back = ProviderRouting::fromJson(routing.toJson());
    QCOMPARE(back.toJson(), routing.toJson());
    QCOMPARE(back.fallbackTarget(providers()), routing.fallback);
    QVERIFY(!ProviderRouting::fromJson(QJsonObject()).fallback);
}

void tst_ProviderRouting::validate()
{
    ProviderRouting routing;
    QVERIFY(routing.validate(providers()).isEmpty());
    routing.rules = {{QStringLiteral("haiku"), QStringLiteral("nope"), QString()}};
    QVERIFY(routing.validate(providers()).contains(QLatin1String("nope")));
    routing.rules.clear();
    routing.fallback = ProviderRouting::Target{QStringLiteral("ollama"), QString()};
    QVERIFY(!routing.validate(providers()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProviderRouting)
#include "tst_providerrouting.moc"
