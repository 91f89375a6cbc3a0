#include "responsesids.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

bool isAllowedIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
        || u == u'-';
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > ResponsesIds::MaxIdLength)
        return false;
    for (const QChar c : id) {
        if (!isAllowedIdChar(c))
            return false;
    }
    return true;
}

} // namespace

QString ResponsesIds::sanitize(const QString &id)
{
    if (isValidId(id))
        return id;

    // A short hash of the original keeps two ids apart that differ only in replaced characters or
    // beyond the cut, so pairing by id stays unambiguous.
    const QByteArray hash =
        QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    constexpr int suffixLength = 9; // '_' + 8 hex digits
    QString cleaned;
    cleaned.reserve(MaxIdLength);
    for (const QChar c : id) {
        if (cleaned.size() == MaxIdLength - suffixLength)
            break;
        cleaned += isAllowedIdChar(c) ? c : QChar(u'_');
    }
    cleaned += QChar(u'_');
    cleaned += QString::fromLatin1(hash);
    return cleaned;
}

QString ResponsesIds::generate(const QString &prefix)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    constexpr int randomLength = 24; // ~143 bits, the length of Anthropic's own ids
    QString id = prefix.left(MaxIdLength - randomLength);
    id.reserve(id.size() + randomLength);
    QRandomGenerator *rng = QRandomGenerator::global();
    for (int i = 0; i < randomLength; ++i)
        id += QChar::fromLatin1(alphabet[rng->bounded(alphabetSize)]);
    return id;
}
