#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTcpSocket>

// A minimal HTTP/1.1 keep-alive client for latency measurement: one TCP connection, one request at a time,
// raw socket so nothing (no QNetworkAccessManager queueing or decompression) sits between the wire and the
// timestamps. Understands Content-Length and chunked bodies; timestamps are taken when bytes are read.
class HttpBenchClient : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method = QByteArrayLiteral("POST");
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // Host, Content-Length and Connection are added
        QByteArray body;
        QByteArray contentMarker; // firstContentNs = when this first appears in the (de-chunked) body
    };

    // Times in nanoseconds since the request was handed to the socket (the connection already open).
    struct Result
    {
        int status = 0;
        QString error;              // set when the exchange failed (no status, broken body...)
        qint64 headersNs = -1;      // response head complete
        qint64 firstByteNs = -1;    // first body byte
        qint64 firstContentNs = -1; // first occurrence of Request::contentMarker
        qint64 lastByteNs = -1;     // body complete
        QByteArray body;            // de-chunked

        bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    };

    HttpBenchClient(const QString &host, quint16 port, QObject *parent = nullptr);

    // Sends the request (connecting first if needed); finished() follows. One request at a time.
    void send(const Request &request);
    bool isBusy() const { return m_busy; }

    // The request's bytes on the wire (HTTP/1.1, keep-alive).
    static QByteArray serialize(const QString &host, quint16 port, const Request &request);

    // Sends and waits (nested event loop): for set-up calls, not for timed loops with concurrency.
    Result sendAndWait(const Request &request, int timeoutMs = 120000);

Q_SIGNALS:
    void finished(const HttpBenchClient::Result &result);

private:
    enum class State { Head, ChunkSize, ChunkData, ChunkDataEnd, Trailer, FixedBody, UntilClose, Done };

    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void onError();
    bool parseHead();
    void parseBody();
    void appendBody(QByteArrayView bytes);
    void complete();
    void failWith(const QString &error);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QElapsedTimer m_clock;
    Request m_request;
    Result m_result;
    QByteArray m_buffer;         // received bytes; those before m_pos are consumed
    qsizetype m_pos = 0;
    qint64 m_remaining = 0;      // of the current chunk or Content-Length body
    qsizetype m_markerScanFrom = 0;
    State m_state = State::Done;
    bool m_busy = false;
    bool m_closeAfter = false;   // the server said Connection: close
};
