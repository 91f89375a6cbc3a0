#include "toolnamemapper.h"

namespace {

bool isAllowedNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == u'-';
}

const QString &mcpPrefix()
{
    static const QString prefix = QStringLiteral("mcp__");
    return prefix;
}

} // namespace

ToolNameMapper::ToolNameMapper(const QStringList &originalNames)
{
    // Valid names are reserved first so a shortened name can never take a real tool's name, whatever
    // the order of the list.
    for (const QString &name : originalNames) {
        if (isValidName(name) && !m_toUpstream.contains(name)) {
            m_toUpstream.insert(name, name);
            m_toClient.insert(name, name);
        }
    }
    for (const QString &name : originalNames) {
        if (m_toUpstream.contains(name))
            continue;
        const QString base = shorten(name);
        QString candidate = base;
        for (int n = 1; m_toClient.contains(candidate); ++n) {
            const QString suffix = QChar(u'_') + QString::number(n);
            candidate = base.left(MaxNameLength - suffix.size()) + suffix;
        }
        m_toUpstream.insert(name, candidate);
        m_toClient.insert(candidate, name);
    }
}

QString ToolNameMapper::toUpstream(const QString &original) const
{
    const auto it = m_toUpstream.constFind(original);
    return it != m_toUpstream.constEnd() ? it.value() : shorten(original);
}

QString ToolNameMapper::toClient(const QString &upstream) const
{
    return m_toClient.value(upstream, upstream);
}

bool ToolNameMapper::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > MaxNameLength)
        return false;
    for (const QChar c : name) {
        if (!isAllowedNameChar(c))
            return false;
    }
    return true;
}

QString ToolNameMapper::shorten(const QString &name)
{
    if (isValidName(name))
        return name;
    if (name.isEmpty())
        return QStringLiteral("tool");

    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name)
        cleaned += isAllowedNameChar(c) ? c : QChar(u'_');

    if (cleaned.size() > MaxNameLength && cleaned.startsWith(mcpPrefix())) {
        // mcp__<server>__<tool>: the tool part is what the model needs to tell tools apart.
        const int lastSeparator = cleaned.lastIndexOf(QLatin1String("__"));
        if (lastSeparator > mcpPrefix().size() - 2 && lastSeparator + 2 < cleaned.size())
            cleaned = mcpPrefix() + cleaned.mid(lastSeparator + 2);
    }
    cleaned.truncate(MaxNameLength);
    return cleaned;
}
