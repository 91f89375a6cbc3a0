#include "core/tokenestimator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject textBlock(const QString &text)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

QJsonObject userMessage(const QJsonValue &content)
{
    return {{u"role"_s, u"user"_s}, {u"content"_s, content}};
}

QJsonObject requestWith(const QJsonArray &messages, const QJsonArray &tools = {},
                        const QJsonValue &system = QJsonValue(QJsonValue::Undefined))
{
    QJsonObject body{{u"model"_s, u"claude-sonnet-4-5"_s}, {u"messages"_s, messages}};
    if (!tools.isEmpty())
        body.insert(u"tools"_s, tools);
    if (!system.isUndefined())
        body.insert(u"system"_s, system);
    return body;
}

QJsonObject imageBlock(const QByteArray &fileBytes, const QString &mediaType = u"image/png"_s)
{
    return {{u"type"_s, u"image"_s},
            {u"source"_s,
             QJsonObject{{u"type"_s, u"base64"_s},
                         {u"media_type"_s, mediaType},
                         {u"data"_s, QString::fromLatin1(fileBytes.toBase64())}}}};
}

void appendBigEndian(QByteArray &data, quint32 value, int bytes)
{
    for (int k = bytes - 1; k >= 0; --k)
        data.append(char((value >> (8 * k)) & 0xFF));
}

void appendLittleEndian(QByteArray &data, quint32 value, int bytes)
{
    for (int k = 0; k < bytes; ++k)
        data.append(char((value >> (8 * k)) & 0xFF));
}

// Just enough of each format for the size to be read; the pixel data does not matter.
QByteArray pngHeader(quint32 width, quint32 height)
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    appendBigEndian(data, 13, 4);
    data.append("IHDR");
    appendBigEndian(data, width, 4);
    appendBigEndian(data, height, 4);
    data.append(QByteArray(200, '\x07'));
    return data;
}

QByteArray jpegHeader(quint32 width, quint32 height)
{
    QByteArray data("\xFF\xD8", 2);
    // An APP1 (EXIF) segment before the frame header, as cameras and screenshots write it.
    data.append("\xFF\xE1", 2);
    appendBigEndian(data, 2 + 300, 2);
    data.append(QByteArray(300, 'E'));
    data.append("\xFF\xC2", 2); // progressive SOF
    appendBigEndian(data, 17, 2);
    data.append(char(8));
    appendBigEndian(data, height, 2);
    appendBigEndian(data, width, 2);
    data.append(QByteArray(40, '\x01'));
    return data;
}

QByteArray gifHeader(quint32 width, quint32 height)
{
    QByteArray data("GIF89a");
    appendLittleEndian(data, width, 2);
    appendLittleEndian(data, height, 2);
    data.append(QByteArray(30, '\0'));
    return data;
}

QByteArray webpHeader(quint32 width, quint32 height)
{
    QByteArray data("RIFF");
    appendLittleEndian(data, 100, 4);
    data.append("WEBPVP8X");
    appendLittleEndian(data, 10, 4);
    data.append(QByteArray(4, '\0'));
    appendLittleEndian(data, width - 1, 3);
    appendLittleEndian(data, height - 1, 3);
    data.append(QByteArray(40, '\0'));
    return data;
}

qint64 imageCost(const QJsonObject &block)
{
    return TokenEstimator::estimateRequest(requestWith({userMessage(QJsonArray{block})}))
        - TokenEstimator::estimateRequest(requestWith({userMessage(QJsonArray{})}));
}

} // namespace

class tst_TokenEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textNearO200k_data();
    void textNearO200k();
    void realDocumentNearO200k_data();
    void realDocumentNearO200k();
    void emptyIsZero();
    void textIsMonotonic_data();
    void textIsMonotonic();
    void requestGrowsWithEveryPart();
    void countsEveryKindOfContent_data();
    void countsEveryKindOfContent();
    void toolsCountNameDescriptionAndSchema();
    void imageTokensBySize_data();
    void imageTokensBySize();
    void imageSizeFromHeaders_data();
    void imageSizeFromHeaders();
    void openAiShapes();
    void countTokensReplyShape();
    void oddInputNeverCrashes_data();
    void oddInputNeverCrashes();
    void deepNesting();
    void oddText_data();
    void oddText();
};

void tst_TokenEstimator::textNearO200k_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("o200k"); // the real count (o200k_base, counted with js-tiktoken 1.0.21)

    QTest::newRow("hello") << u"hello world"_s << 2;
    QTest::newRow("pangram") << u"The quick brown fox jumps over the lazy dog."_s << 10;
    QTest::newRow("contractions") << u"I'm sure they'll say we've done it."_s << 8;
    QTest::newRow("indented code") << u"    if (x) {\n        return y;\n    }\n"_s << 12;
    QTest::newRow("c++") << u"#include \"core/tokenestimator.h\"\n\nint main(int argc, char **argv)\n{\n    return 0;\n}\n"_s
                         << 24;
    QTest::newRow("camel case") << u"getElementById(document.querySelector(\"#app\"))"_s << 10;
    QTest::newRow("json") << u"{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}}}"_s << 14;
    QTest::newRow("url") << u"https://chatgpt.com/backend-api/codex/responses?client_version=1.2.3"_s << 22;
    QTest::newRow("digits") << u"1234567890"_s << 4;
    QTest::newRow("chinese") << u"你好，世界。今天天气很好。"_s << 9;
    QTest::newRow("japanese") << u"こんにちは、世界！"_s << 4;
    QTest::newRow("russian") << u"Привет, как дела? Всё хорошо, спасибо."_s << 11;
    QTest::newRow("accents") << u"Ünïcödé façade naïve café"_s << 9;
    QTest::newRow("emoji") << u"🎉🚀👍"_s << 5;
    QTest::newRow("newlines") << u"\n\n\n"_s << 1;
    QTest::newRow("spaces") << u"   leading and trailing   "_s << 5;
    QTest::newRow("one long word") << QString(100, u'a') << 13;
    QTest::newRow("500 spaces") << (u"x"_s + QString(500, u' ') + u"x"_s) << 7;
    QTest::newRow("500 newlines") << (u"x"_s + QString(500, u'\n') + u"x"_s) << 34;
    QTest::newRow("100 tabs") << (u"x"_s + QString(100, u'\t') + u"x"_s) << 8;
    QTest::newRow("100 indented blank lines") << (u"x"_s + u"\n    "_s.repeated(100) + u"x"_s) << 29;
    QTest::newRow("100 CRLF") << (u"x"_s + u"\r\n"_s.repeated(100) + u"x"_s) << 27;
}

void tst_TokenEstimator::textNearO200k()
{
    QFETCH(QString, text);
    QFETCH(int, o200k);
    const qint64 estimate = TokenEstimator::estimateText(text);
    const double tolerance = std::max(2.0, 0.25 * o200k);
    QVERIFY2(std::abs(double(estimate - o200k)) <= tolerance,
             qPrintable(u"estimate %1, o200k %2"_s.arg(estimate).arg(o200k)));
}

void tst_TokenEstimator::realDocumentNearO200k_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("o200k"); // counted with js-tiktoken 1.0.21, o200k_base
    QTest::newRow("codex-protocol.md (prose, tables, JSON)")
        << QStringLiteral(CODEXBRIDGE_SHARED_DIR "/docs/codex-protocol.md") << 4136;
}

void tst_TokenEstimator::realDocumentNearO200k()
{
    QFETCH(QString, path);
    QFETCH(int, o200k);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("shared document not available");
    const QByteArray bytes = file.readAll();
    // Only meaningful for the exact text that was counted.
    if (bytes.size() != 15599)
        QSKIP("the shared document changed since its o200k count was taken");
    const qint64 estimate = TokenEstimator::estimateText(QString::fromUtf8(bytes));
    QVERIFY2(std::abs(double(estimate - o200k)) <= 0.10 * o200k,
             qPrintable(u"estimate %1, o200k %2"_s.arg(estimate).arg(o200k)));
}

void tst_TokenEstimator::emptyIsZero()
{
    QCOMPARE(TokenEstimator::estimateText(QString()), 0);
    QCOMPARE(TokenEstimator::estimateText(u""_s), 0);
    // An empty request still has its fixed overhead, and only that.
    const qint64 empty = TokenEstimator::estimateRequest(QJsonObject());
    QVERIFY(empty > 0 && empty < 10);
    QCOMPARE(TokenEstimator::estimateRequest(requestWith({})), empty);
}

void tst_TokenEstimator::textIsMonotonic_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("prose") << u"Claude Code sends long conversations with tool calls. "_s;
    QTest::newRow("code") << u"for (int i = 0; i < n; ++i) { total += values[i]; }\n"_s;
    QTest::newRow("cjk") << u"这是一个测试。"_s;
    QTest::newRow("json") << u"{\"a\":[1,2,3],\"b\":{\"c\":\"d\"}}"_s;
    QTest::newRow("whitespace") << u"  \t \n\n   "_s;
}

void tst_TokenEstimator::textIsMonotonic()
{
    QFETCH(QString, base);
    // Appending text never lowers the estimate, and repeating it grows it roughly linearly.
    QString text;
    qint64 previous = 0;
    for (int k = 1; k <= 50; ++k) {
        text += base;
        const qint64 estimate = TokenEstimator::estimateText(text);
        QVERIFY2(estimate >= previous, qPrintable(u"%1 < %2 after %3 copies"_s.arg(estimate).arg(previous).arg(k)));
        previous = estimate;
    }
    const qint64 one = TokenEstimator::estimateText(base);
    QVERIFY(one > 0);
    QVERIFY(previous > one);
    // Text (not whitespace, whose long runs o200k packs densely) grows about linearly.
    if (!base.trimmed().isEmpty())
        QVERIFY2(previous >= 25 * one && previous <= 75 * one, qPrintable(u"%1 vs %2"_s.arg(previous).arg(one)));
}

void tst_TokenEstimator::requestGrowsWithEveryPart()
{
    const QJsonObject base = requestWith({userMessage(u"Hi"_s)});
    const qint64 baseCount = TokenEstimator::estimateRequest(base);

    QJsonObject withSystem = base;
    withSystem.insert(u"system"_s, u"You are a helpful assistant that writes C++."_s);
    QVERIFY(TokenEstimator::estimateRequest(withSystem) > baseCount);

    const QJsonObject twoMessages = requestWith(
        {userMessage(u"Hi"_s), QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"Hello!"_s}}});
    QVERIFY(TokenEstimator::estimateRequest(twoMessages) > baseCount);

    const QJsonObject tool{{u"name"_s, u"Read"_s},
                           {u"description"_s, u"Reads a file."_s},
                           {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    const qint64 oneTool = TokenEstimator::estimateRequest(requestWith({userMessage(u"Hi"_s)}, {tool}));
    const qint64 twoTools = TokenEstimator::estimateRequest(requestWith({userMessage(u"Hi"_s)}, {tool, tool}));
    QVERIFY(oneTool > baseCount);
    QVERIFY(twoTools > oneTool);

    const qint64 withImage =
        TokenEstimator::estimateRequest(requestWith({userMessage(QJsonArray{textBlock(u"Hi"_s), imageBlock("x")})}));
    QVERIFY(withImage >= baseCount + 1000);
}

void tst_TokenEstimator::countsEveryKindOfContent_data()
{
    QTest::addColumn<QJsonValue>("content");
    QTest::addColumn<int>("minimum"); // tokens the content must add at least (the words in it)

    const QString words = u"alpha beta gamma delta epsilon zeta eta theta iota kappa"_s; // 10 tokens
    QTest::newRow("string") << QJsonValue(words) << 10;
    QTest::newRow("text block") << QJsonValue(QJsonArray{textBlock(words)}) << 10;
    QTest::newRow("tool_use input") << QJsonValue(QJsonArray{QJsonObject{
        {u"type"_s, u"tool_use"_s},
        {u"id"_s, u"toolu_1"_s},
        {u"name"_s, u"Write"_s},
        {u"input"_s, QJsonObject{{u"content"_s, words}}}}})
                                    << 10;
    QTest::newRow("tool_result string") << QJsonValue(QJsonArray{QJsonObject{
        {u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, u"toolu_1"_s}, {u"content"_s, words}}})
                                        << 10;
    QTest::newRow("tool_result blocks") << QJsonValue(QJsonArray{QJsonObject{
        {u"type"_s, u"tool_result"_s},
        {u"tool_use_id"_s, u"toolu_1"_s},
        {u"content"_s, QJsonArray{textBlock(words), textBlock(words)}}}})
                                        << 20;
    QTest::newRow("thinking") << QJsonValue(QJsonArray{QJsonObject{
        {u"type"_s, u"thinking"_s}, {u"thinking"_s, words}, {u"signature"_s, u"c2ln"_s}}})
                              << 10;
    QTest::newRow("text document") << QJsonValue(QJsonArray{QJsonObject{
        {u"type"_s, u"document"_s},
        {u"source"_s, QJsonObject{{u"type"_s, u"text"_s}, {u"media_type"_s, u"text/plain"_s}, {u"data"_s, words}}}}})
                                   << 10;
    QTest::newRow("pdf document") << QJsonValue(QJsonArray{QJsonObject{
        {u"type"_s, u"document"_s},
        {u"source"_s, QJsonObject{{u"type"_s, u"base64"_s}, {u"media_type"_s, u"application/pdf"_s},
                                  {u"data"_s, u"JVBERi0xLjQK"_s}}}}})
                                  << 1000;
    QTest::newRow("unknown block type") << QJsonValue(QJsonArray{QJsonObject{
        {u"type"_s, u"search_result"_s}, {u"title"_s, words}, {u"content"_s, QJsonArray{textBlock(words)}}}})
                                        << 20;
    QTest::newRow("image") << QJsonValue(QJsonArray{imageBlock("not an image")}) << 1600;
}

void tst_TokenEstimator::countsEveryKindOfContent()
{
    QFETCH(QJsonValue, content);
    QFETCH(int, minimum);
    const qint64 empty = TokenEstimator::estimateRequest(requestWith({userMessage(QJsonArray{})}));
    const qint64 with = TokenEstimator::estimateRequest(requestWith({userMessage(content)}));
    QVERIFY2(with - empty >= minimum, qPrintable(u"added %1"_s.arg(with - empty)));
    // ... and not wildly more than its text (images and documents aside).
    if (minimum < 1000)
        QVERIFY2(with - empty <= 3 * minimum + 10, qPrintable(u"added %1"_s.arg(with - empty)));
}

void tst_TokenEstimator::toolsCountNameDescriptionAndSchema()
{
    auto tool = [](const QString &description, const QJsonObject &schema) {
        return QJsonObject{{u"name"_s, u"Bash"_s}, {u"description"_s, description}, {u"input_schema"_s, schema}};
    };
    const QJsonObject smallSchema{{u"type"_s, u"object"_s}};
    const QJsonObject bigSchema{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"command"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"description"_s, u"The command"_s}}},
                     {u"timeout"_s, QJsonObject{{u"type"_s, u"number"_s}, {u"maximum"_s, 600000}}}}},
        {u"required"_s, QJsonArray{u"command"_s}},
        {u"$schema"_s, u"http://json-schema.org/draft-07/schema#"_s}};
    const QJsonArray messages{userMessage(u"Hi"_s)};
    const qint64 small = TokenEstimator::estimateRequest(requestWith(messages, {tool(u"Runs."_s, smallSchema)}));
    const qint64 longDescription = TokenEstimator::estimateRequest(
        requestWith(messages, {tool(u"Runs a command in a persistent shell session with a timeout."_s, smallSchema)}));
    const qint64 bigger = TokenEstimator::estimateRequest(requestWith(messages, {tool(u"Runs."_s, bigSchema)}));
    QVERIFY(longDescription >= small + 8);
    QVERIFY(bigger >= small + 20);

    // The schema estimate is close to o200k's count of its compact JSON (51 tokens, js-tiktoken o200k_base).
    const qint64 schemaOnly = TokenEstimator::estimateJson(bigSchema);
    QVERIFY2(schemaOnly >= 44 && schemaOnly <= 59, qPrintable(QString::number(schemaOnly)));

    // A server tool without a schema still costs something.
    const QJsonObject webSearch{{u"type"_s, u"web_search_20250305"_s}, {u"name"_s, u"web_search"_s},
                                {u"max_uses"_s, 5}};
    QVERIFY(TokenEstimator::estimateRequest(requestWith(messages, {webSearch}))
            > TokenEstimator::estimateRequest(requestWith(messages)));
}

void tst_TokenEstimator::imageTokensBySize_data()
{
    QTest::addColumn<qint64>("width");
    QTest::addColumn<qint64>("height");
    QTest::addColumn<qint64>("tokens");
    // 85 + 170 per 512-px tile after fitting in 2048x2048 and bringing the shortest side to 768.
    QTest::newRow("tiny") << qint64(16) << qint64(16) << qint64(85 + 170);
    QTest::newRow("512 square") << qint64(512) << qint64(512) << qint64(85 + 170);
    QTest::newRow("1024 square -> 768") << qint64(1024) << qint64(1024) << qint64(85 + 170 * 4);
    QTest::newRow("screenshot 1920x1080 -> 1365x768") << qint64(1920) << qint64(1080) << qint64(85 + 170 * 6);
    QTest::newRow("tall 2048x4096 -> 768x1536") << qint64(2048) << qint64(4096) << qint64(85 + 170 * 6);
    QTest::newRow("thin 100x4000 -> 51x2048") << qint64(100) << qint64(4000) << qint64(85 + 170 * 4);
    QTest::newRow("unknown") << qint64(0) << qint64(0) << TokenEstimator::kDefaultImageTokens;
    QTest::newRow("negative") << qint64(-5) << qint64(100) << TokenEstimator::kDefaultImageTokens;
}

void tst_TokenEstimator::imageTokensBySize()
{
    QFETCH(qint64, width);
    QFETCH(qint64, height);
    QFETCH(qint64, tokens);
    QCOMPARE(TokenEstimator::imageTokens(width, height), tokens);
}

void tst_TokenEstimator::imageSizeFromHeaders_data()
{
    QTest::addColumn<QJsonObject>("block");
    QTest::addColumn<qint64>("tokens");
    QTest::newRow("png 1024x1024") << imageBlock(pngHeader(1024, 1024)) << TokenEstimator::imageTokens(1024, 1024);
    QTest::newRow("png 300x200") << imageBlock(pngHeader(300, 200)) << TokenEstimator::imageTokens(300, 200);
    QTest::newRow("jpeg 1920x1080 after EXIF") << imageBlock(jpegHeader(1920, 1080), u"image/jpeg"_s)
                                               << TokenEstimator::imageTokens(1920, 1080);
    QTest::newRow("gif 640x480") << imageBlock(gifHeader(640, 480), u"image/gif"_s)
                                 << TokenEstimator::imageTokens(640, 480);
    QTest::newRow("webp 2000x1000") << imageBlock(webpHeader(2000, 1000), u"image/webp"_s)
                                    << TokenEstimator::imageTokens(2000, 1000);
    QTest::newRow("truncated png") << imageBlock(pngHeader(1024, 1024).left(20)) << TokenEstimator::kDefaultImageTokens;
    QTest::newRow("truncated jpeg") << imageBlock(jpegHeader(1024, 1024).left(200), u"image/jpeg"_s)
                                    << TokenEstimator::kDefaultImageTokens;
    QTest::newRow("garbage") << imageBlock(QByteArray(500, '\xAB')) << TokenEstimator::kDefaultImageTokens;
    QJsonObject notBase64 = imageBlock("x");
    notBase64.insert(u"source"_s, QJsonObject{{u"type"_s, u"base64"_s}, {u"data"_s, u"%%%%***"_s}});
    QTest::newRow("invalid base64") << notBase64 << TokenEstimator::kDefaultImageTokens;
    QTest::newRow("url image") << QJsonObject{{u"type"_s, u"image"_s},
                                              {u"source"_s, QJsonObject{{u"type"_s, u"url"_s},
                                                                        {u"url"_s, u"https://example.com/a.png"_s}}}}
                               << TokenEstimator::kDefaultImageTokens;
    QTest::newRow("explicit size") << QJsonObject{{u"type"_s, u"image"_s}, {u"width"_s, 512}, {u"height"_s, 512}}
                                   << TokenEstimator::imageTokens(512, 512);
    QTest::newRow("no source") << QJsonObject{{u"type"_s, u"image"_s}} << TokenEstimator::kDefaultImageTokens;
}

void tst_TokenEstimator::imageSizeFromHeaders()
{
    QFETCH(QJsonObject, block);
    QFETCH(qint64, tokens);
    QCOMPARE(imageCost(block), tokens);
}

void tst_TokenEstimator::openAiShapes()
{
    const QString dataUrl = u"data:image/png;base64,"_s + QString::fromLatin1(pngHeader(512, 512).toBase64());
    const QJsonObject chat{
        {u"model"_s, u"gpt-5.4"_s},
        {u"messages"_s,
         QJsonArray{
             QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"Be brief."_s}},
             QJsonObject{{u"role"_s, u"user"_s},
                         {u"content"_s,
                          QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"What is this?"_s}},
                                     QJsonObject{{u"type"_s, u"image_url"_s},
                                                 {u"image_url"_s, QJsonObject{{u"url"_s, dataUrl}}}}}}},
             QJsonObject{{u"role"_s, u"assistant"_s},
                         {u"content"_s, QJsonValue::Null},
                         {u"tool_calls"_s,
                          QJsonArray{QJsonObject{
                              {u"id"_s, u"call_1"_s},
                              {u"type"_s, u"function"_s},
                              {u"function"_s, QJsonObject{{u"name"_s, u"lookup"_s},
                                                          {u"arguments"_s, u"{\"query\":\"alpha beta gamma\"}"_s}}}}}}},
         }},
        {u"tools"_s,
         QJsonArray{QJsonObject{
             {u"type"_s, u"function"_s},
             {u"function"_s, QJsonObject{{u"name"_s, u"lookup"_s},
                                         {u"description"_s, u"Looks things up in the knowledge base."_s},
                                         {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s}}}}}}}},
    };
    const qint64 estimate = TokenEstimator::estimateRequest(chat);
    // The image (255) plus some tens of tokens of text, messages and the tool.
    QVERIFY2(estimate >= 255 + 40 && estimate <= 255 + 120, qPrintable(QString::number(estimate)));
}

void tst_TokenEstimator::countTokensReplyShape()
{
    const QJsonObject body = requestWith({userMessage(u"How many tokens is this?"_s)});
    const QJsonObject reply = TokenEstimator::countTokensReply(body);
    QCOMPARE(reply.size(), 1);
    QVERIFY(reply.value(u"input_tokens"_s).isDouble());
    QCOMPARE(reply.value(u"input_tokens"_s).toInteger(), TokenEstimator::estimateRequest(body));
    QVERIFY(reply.value(u"input_tokens"_s).toInteger() > 5);
}

void tst_TokenEstimator::oddInputNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("messages is a string") << QByteArray(R"({"messages":"hello"})");
    QTest::newRow("messages of odd types") << QByteArray(R"({"messages":[1,null,true,"x",{},[]]})");
    QTest::newRow("content is a number") << QByteArray(R"({"messages":[{"role":"user","content":5}]})");
    QTest::newRow("content is an object") << QByteArray(R"({"messages":[{"role":"user","content":{"type":"text"}}]})");
    QTest::newRow("content null") << QByteArray(R"({"messages":[{"role":"user","content":null}]})");
    QTest::newRow("blocks of odd types") << QByteArray(R"({"messages":[{"role":"user","content":[1,"s",null,[[]],{"type":7}]}]})");
    QTest::newRow("text block without text") << QByteArray(R"({"messages":[{"role":"user","content":[{"type":"text","text":{"a":1}}]}]})");
    QTest::newRow("tool_use input odd") << QByteArray(R"({"messages":[{"role":"assistant","content":[{"type":"tool_use","name":1,"input":"{\"a\":1}"},{"type":"tool_use"},{"type":"tool_use","input":[null,1e308,-1e308,1.5]}]}]})");
    QTest::newRow("tool_result nested") << QByteArray(R"({"messages":[{"role":"user","content":[{"type":"tool_result","content":[{"type":"tool_result","content":[{"type":"image"}]}]},{"type":"tool_result","content":42}]}]})");
    QTest::newRow("image odd source") << QByteArray(R"({"messages":[{"role":"user","content":[{"type":"image","source":"x"},{"type":"image","source":{"type":"base64","data":7}},{"type":"image","width":1e300,"height":-1}]}]})");
    QTest::newRow("image_url odd") << QByteArray(R"({"messages":[{"role":"user","content":[{"type":"image_url","image_url":5},{"type":"image_url","image_url":"data:,"},{"type":"image_url","image_url":{"url":"data:image/png;base64,"}}]}]})");
    QTest::newRow("document odd") << QByteArray(R"({"messages":[{"role":"user","content":[{"type":"document"},{"type":"document","source":{"type":"content","content":"text"}}]}]})");
    QTest::newRow("system odd") << QByteArray(R"({"system":5,"messages":[]})");
    QTest::newRow("system blocks odd") << QByteArray(R"({"system":[{"type":"text"},null,3,{"type":"text","text":"x","cache_control":{"type":"ephemeral"}}],"messages":[]})");
    QTest::newRow("tools object") << QByteArray(R"({"tools":{"name":"x"},"messages":[]})");
    QTest::newRow("tools odd") << QByteArray(R"({"tools":[null,3,"x",[],{"function":5},{"input_schema":"s"}],"messages":[]})");
    QTest::newRow("tool_calls odd") << QByteArray(R"({"messages":[{"role":"assistant","tool_calls":[1,{"function":[]},{"function":{"arguments":{}}}]}],"tools":[]})");
}

void tst_TokenEstimator::oddInputNeverCrashes()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const qint64 estimate = TokenEstimator::estimateRequest(document.object());
    QVERIFY(estimate >= TokenEstimator::estimateRequest(QJsonObject()));
    QVERIFY(estimate < 100000);
}

void tst_TokenEstimator::deepNesting()
{
    // Built in code, so deeper than the JSON parser would allow.
    QJsonValue value(u"leaf"_s);
    for (int depth = 0; depth < 5000; ++depth)
        value = (depth % 2) ? QJsonValue(QJsonArray{value}) : QJsonValue(QJsonObject{{u"k"_s, value}});
    const QJsonObject block{{u"type"_s, u"tool_use"_s}, {u"name"_s, u"deep"_s}, {u"input"_s, value}};
    const qint64 estimate = TokenEstimator::estimateRequest(requestWith({userMessage(QJsonArray{block})}));
    QVERIFY(estimate > 100);
    QVERIFY(TokenEstimator::estimateJson(value) > 100);
}

void tst_TokenEstimator::oddText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800));
    QTest::newRow("lone low surrogate at start") << (QString(QChar(0xDC00)) + u"abc"_s);
    QTest::newRow("surrogate then letter") << (u"abc"_s + QChar(0xD83D) + u"def"_s);
    QTest::newRow("nul and controls") << QString::fromUtf16(u"a\0b\x01\x1b[31mc", 10);
    QTest::newRow("combining marks alone") << u"\u0301\u0301\u0301"_s;
    QTest::newRow("apostrophe at end") << u"dog'"_s;
    QTest::newRow("apostrophe s at end") << u"dog's"_s;
    QTest::newRow("only punctuation") << QString(1000, u'-');
    QTest::newRow("only spaces") << QString(1000, u' ');
    QTest::newRow("mixed newlines") << u"\r\n\r\n \t \r"_s;
    QTest::newRow("zero width joiner emoji") << u"👩‍👩‍👧‍👦"_s;
    QTest::newRow("private use and noncharacters") << u"\uE000\uFFFF\uFFFE"_s;
}

void tst_TokenEstimator::oddText()
{
    QFETCH(QString, text);
    const qint64 estimate = TokenEstimator::estimateText(text);
    QVERIFY(estimate >= 1);
    QVERIFY(estimate <= text.size() + 1);
}

QTEST_GUILESS_MAIN(tst_TokenEstimator)
#include "tst_tokenestimator.moc"
