#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

// One parsed HTTP/1.1 request. Header names are stored lower-cased; values are trimmed.
class HttpRequest
{
public:
    QByteArray method;  // "GET", "POST", ...
    QByteArray target;  // raw request-target, e.g. "/v1/messages?beta=true"
    QByteArray path;    // target up to '?', percent-decoded
    QByteArray query;   // raw query string without the '?'
    int versionMinor = 1; // HTTP/1.<versionMinor>
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;    // de-chunked

    QHostAddress peerAddress;
    QHostAddress localAddress;
    quint16 localPort = 0;

    // First value of a header (name must be lower-case), empty when absent.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
    // Value of a query parameter (percent-decoded), empty when absent.
    QString queryItem(const QString &key) const;
    // HTTP/1.1 default keep-alive unless "Connection: close"; HTTP/1.0 only with "Connection: keep-alive".
    bool wantsKeepAlive() const;
};
