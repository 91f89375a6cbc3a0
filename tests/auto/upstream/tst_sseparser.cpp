#include "upstream/sseparser.h"

#include <QTest>

using Events = QList<QPair<QByteArray, QByteArray>>;

class tst_SseParser : public QObject
{
    Q_OBJECT

private:
    // emptyFeed: an empty read between the two pieces (a network read can deliver nothing).
    static Events parseInPieces(const QByteArray &input, qsizetype splitAt, bool finish = true, bool emptyFeed = false)
    {
        Events events;
        SseParser parser([&](SseParser::Event &&ev) { events.append({ev.name, ev.data}); });
        if (splitAt < 0) {
            parser.feed(input);
        } else {
            parser.feed(QByteArrayView(input).first(splitAt));
            if (emptyFeed)
                parser.feed(QByteArrayView());
            parser.feed(QByteArrayView(input).sliced(splitAt));
        }
        if (finish)
            parser.finish();
        return events;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Events>("expected");

        QTest::newRow("one event") << QByteArray("event: a\ndata: {\"x\":1}\n\n")
                                   << Events{{"a", "{\"x\":1}"}};
        QTest::newRow("two events") << QByteArray("event: a\ndata: 1\n\nevent: b\ndata: 2\n\n")
                                    << Events{{"a", "1"}, {"b", "2"}};
        QTest::newRow("data only") << QByteArray("data: 1\n\n") << Events{{"", "1"}};
        QTest::newRow("crlf") << QByteArray("event: a\r\ndata: 1\r\n\r\n") << Events{{"a", "1"}};
        QTest::newRow("crlf between data lines") << QByteArray("data: a\r\ndata: b\r\n\r\n") << Events{{"", "a\nb"}};
        QTest::newRow("cr only") << QByteArray("event: a\rdata: 1\r\r") << Events{{"a", "1"}};
        QTest::newRow("multi-line data") << QByteArray("data: a\ndata: b\n\n") << Events{{"", "a\nb"}};
        QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << Events{{"", "x"}};
        QTest::newRow("two spaces keep one") << QByteArray("data:  x\n\n") << Events{{"", " x"}};
        QTest::newRow("comment ignored") << QByteArray(": keep-alive\ndata: 1\n\n") << Events{{"", "1"}};
        QTest::newRow("id and retry ignored") << QByteArray("id: 5\nretry: 10\ndata: 1\n\n") << Events{{"", "1"}};
        QTest::newRow("event without data dropped") << QByteArray("event: a\n\ndata: 2\n\n") << Events{{"", "2"}};
        QTest::newRow("no trailing blank line") << QByteArray("event: a\ndata: 1") << Events{{"a", "1"}};
        QTest::newRow("empty data line") << QByteArray("data:\n\n") << Events{{"", ""}};
        QTest::newRow("done marker") << QByteArray("data: [DONE]\n\n") << Events{{"", "[DONE]"}};
        QTest::newRow("name resets per event") << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n")
                                               << Events{{"a", "1"}, {"", "2"}};
        QTest::newRow("utf-8 bytes") << QByteArray("data: \xe2\x80\x94\n\n") << Events{{"", "\xe2\x80\x94"}};
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(Events, expected);
        QCOMPARE(parseInPieces(input, -1), expected);
        // The same events however the bytes are split.
        for (qsizetype i = 0; i <= input.size(); ++i) {
            if (parseInPieces(input, i) != expected)
                QFAIL(qPrintable(QStringLiteral("split at %1 differs").arg(i)));
            // An empty feed after a CR used to make the LF of that CRLF a blank line (an event cut in two).
            if (parseInPieces(input, i, true, true) != expected)
                QFAIL(qPrintable(QStringLiteral("split at %1 with an empty feed between differs").arg(i)));
        }
    }

    void byteByByte()
    {
        const QByteArray input("event: response.created\r\ndata: {\"a\":1}\r\n\r\nevent: x\ndata: 2\n\n");
        Events events;
        SseParser parser([&](SseParser::Event &&ev) { events.append({ev.name, ev.data}); });
        for (char c : input)
            parser.feed(QByteArrayView(&c, 1));
        QCOMPARE(events, (Events{{"response.created", "{\"a\":1}"}, {"x", "2"}}));
    }

    void hugeLine()
    {
        // A 20 MB data line (a base64 image echoed back) arriving in 64 KiB pieces.
        const QByteArray payload(20 * 1024 * 1024, 'A');
        const QByteArray input = "event: big\ndata: " + payload + "\n\n";
        Events events;
        SseParser parser([&](SseParser::Event &&ev) { events.append({ev.name, ev.data}); });
        for (qsizetype pos = 0; pos < input.size(); pos += 65536)
            QVERIFY(parser.feed(QByteArrayView(input).sliced(pos, qMin<qsizetype>(65536, input.size() - pos))));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().first, QByteArray("big"));
        QCOMPARE(events.first().second.size(), payload.size());
        QVERIFY(events.first().second == payload);
    }

    void overflowIsReported()
    {
        Events events;
        SseParser parser([&](SseParser::Event &&ev) { events.append({ev.name, ev.data}); }, 1024);
        QVERIFY(parser.feed("data: small\n\n"));
        QVERIFY(!parser.feed("data: " + QByteArray(2048, 'x')));
        QVERIFY(parser.overflowed());
        QVERIFY(!parser.feed("\n\n"));
        QCOMPARE(events.size(), 1);
    }

    void eventsStreamBeforeEnd()
    {
        // An event is delivered as soon as its blank line arrives, not at the end of the stream.
        Events events;
        SseParser parser([&](SseParser::Event &&ev) { events.append({ev.name, ev.data}); });
        parser.feed("data: 1\n\ndata: 2");
        QCOMPARE(events.size(), 1);
        parser.feed("\n\n");
        QCOMPARE(events.size(), 2);
    }
};

QTEST_APPLESS_MAIN(tst_SseParser)
#include "tst_sseparser.moc"
