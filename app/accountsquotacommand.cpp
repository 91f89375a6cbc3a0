#include "accountsquotacommand.h"

#include "auth/accountstore.h"
#include "quota/quotasnapshot.h"
#include "upstream/upstreamclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace {
QString describeWindow(const QuotaSnapshot::Window &window, const QDateTime &now)
{
    QString text = window.usedPercent ? AccountsQuotaCommand::tr("%1 % used").arg(*window.usedPercent, 0, 'f', 1)
                                      : AccountsQuotaCommand::tr("unknown");
    if (window.resetAt.isValid()) {
        const qint64 seconds = qMax<qint64>(0, now.secsTo(window.resetAt));
        const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
        const QString in = days > 0 ? AccountsQuotaCommand::tr("%1 d %2 h").arg(days).arg(hours)
                                    : AccountsQuotaCommand::tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
        text += AccountsQuotaCommand::tr(", resets %1 (in %2)")
                    .arg(window.resetAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), in);
    }
    return text;
}
} // namespace

int AccountsQuotaCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    QTextStream out(stdout);
    QTextStream err(stderr);
    AccountStore store;
    if (!store.load()) {
        err << store.errorString() << Qt::endl;
        return 1;
    }
    const QList<Account> accounts = store.accounts();
    if (accounts.isEmpty()) {
        out << tr("No accounts. Add one with `codex-bridge accounts add` or `codex-bridge accounts import`.")
            << Qt::endl;
        return 0;
    }
    const std::optional<Account> active = store.activeAccount();
    UpstreamClient upstream(UpstreamConfig::fromEnvironment());
    int failures = 0;
    for (const Account &account : accounts) {
        const bool isActive = active && active->key() == account.key();
        out << (isActive ? "* " : "  ") << account.email << Qt::endl;
        const std::optional<AccountTokens> tokens = store.tokens(account.key());
        if (!tokens || tokens->accessToken.isEmpty()) {
            out << "    " << tr("cannot read its tokens: %1").arg(store.errorString()) << Qt::endl;
            ++failures;
            continue;
        }
        QEventLoop loop;
        QByteArray body;
        QString failure;
        upstream.fetchUsage(UpstreamCredentials{tokens->accessToken, account.accountId, account.email},
                            [&](const QByteArray &reply, const UpstreamFailure *error) {
                                if (error)
                                    failure = error->httpStatus == 401
                                        ? tr("the access token was refused (sign in again, or let the proxy "
                                             "refresh it by serving a request)")
                                        : tr("%1 %2").arg(error->httpStatus).arg(error->message);
                                body = reply;
                                loop.quit();
                            });
        loop.exec();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString parseError;
        const std::optional<QuotaSnapshot> snapshot = failure.isEmpty()
            ? QuotaSnapshot::fromUsageJson(body, now, &parseError)
            : std::nullopt;
        if (!snapshot) {
            out << "    " << tr("quota not available: %1").arg(failure.isEmpty() ? parseError : failure) << Qt::endl;
            ++failures;
            continue;
        }
        const QString plan = !snapshot->planType.isEmpty() ? snapshot->planType
            : !account.planType.isEmpty()                  ? account.planType
                                                           : tr("unknown");
        out << "    " << tr("plan:    %1").arg(plan) << Qt::endl;
        out << "    " << tr("5-hour:  %1").arg(describeWindow(snapshot->primary, now)) << Qt::endl;
        out << "    " << tr("weekly:  %1").arg(describeWindow(snapshot->secondary, now)) << Qt::endl;
        if (snapshot->limitReached.value_or(false))
            out << "    " << tr("limit reached") << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
