#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Upstream function names must be <= 64 chars and match ^[a-zA-Z0-9_-]+$. Client tool names (MCP tools
// especially) can be longer or contain other characters. The mapping is derived from one request's tool
// list only (no global state): the same request always yields the same short names, and the reverse map
// restores the client's names on the way back.
class ToolNameMapper
{
public:
    static constexpr int MaxNameLength = 64;

    ToolNameMapper() = default;
    explicit ToolNameMapper(const QStringList &originalNames);

    // Short upstream name for a client tool name. Names not in the list are shortened the same way.
    QString toUpstream(const QString &original) const;
    // The client's original name for an upstream name; unknown names are returned unchanged.
    QString toClient(const QString &upstream) const;

    bool isEmpty() const { return m_toUpstream.isEmpty(); }
    static bool isValidName(const QString &name);
    // Shortening of one name without collision handling. Valid names are returned unchanged; otherwise
    // invalid characters -> '_', then a name still over 64 chars drops its MCP server part
    // ("mcp__server__tool" -> "mcp__tool") and is cut to 64.
    static QString shorten(const QString &name);

private:
    QHash<QString, QString> m_toUpstream;
    QHash<QString, QString> m_toClient;
};
