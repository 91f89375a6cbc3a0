#pragma once

#include <QByteArray>
#include <QString>

class HttpRequest;
class HttpResponder;

// The application side of the HTTP server. Called on the server's thread.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;

    // A complete request. The handler answers through the responder, now or later (asynchronously);
    // the responder stays valid until it has finished or the client went away (see HttpResponder).
    virtual void handleRequest(const HttpRequest &request, HttpResponder *responder) = 0;

    // The server refused a request before it was complete (400 malformed, 408 timeout, 413 body too
    // large, 431 headers too large, 505 version, 503 too many connections). `path` is the request path
    // when the request line could be read (empty otherwise), so the error can be given in the caller's API
    // format. Return the JSON body to send.
    virtual QByteArray protocolErrorBody(const QByteArray &path, int status, const QString &message) = 0;
};
