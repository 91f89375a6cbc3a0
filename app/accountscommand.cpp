#include "accountscommand.h"
#include "accountsaddcommand.h"
#include "accountsquotacommand.h"

#include "auth/accountstore.h"
#include "auth/codexauthimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
int importAccount(AccountStore &store, const QStringList &args, QTextStream &out, QTextStream &err)
{
    CodexAuthImporter importer;
    const QString path = args.value(0);
    if (!importer.importFile(path)) {
        err << importer.errorString() << Qt::endl;
        return 1;
    }
    const bool existed = store.account(importer.account().key()).has_value();
    if (!store.addOrUpdate(importer.account(), importer.tokens())) {
        err << AccountsCommand::tr("Could not store the account: %1").arg(store.errorString()) << Qt::endl;
        return 1;
    }
    const QString plan = importer.account().planType.isEmpty() ? AccountsCommand::tr("unknown plan")
                                                               : importer.account().planType;
    out << (existed ? AccountsCommand::tr("Updated %1 (%2).") : AccountsCommand::tr("Imported %1 (%2)."))
               .arg(importer.account().email, plan)
        << Qt::endl;
    out << AccountsCommand::tr("Note: Codex Bridge now refreshes its own copy of this login. Refresh tokens are "
                               "single-use, so the Codex CLI may ask you to sign in again after Codex Bridge "
                               "refreshed.")
        << Qt::endl;
    return 0;
}

int listAccounts(const AccountStore &store, QTextStream &out)
{
    const QList<Account> accounts = store.accounts();
    if (accounts.isEmpty()) {
        out << AccountsCommand::tr(
                   "No accounts. Add one with `codex-bridge accounts import` or `codex-bridge accounts add`.")
            << Qt::endl;
        return 0;
    }
    const std::optional<Account> active = store.activeAccount();
    for (const Account &account : accounts) {
        const bool isActive = active && active->key() == account.key();
        out << (isActive ? "* " : "  ") << account.email << "  " << account.planType << "  "
            << Account::statusToString(account.status) << Qt::endl;
    }
    return 0;
}
} // namespace

int AccountsCommand::run(const QStringList &arguments)
{
    if (arguments.value(2) == QLatin1String("add")) // own options (--no-browser): parsed by AccountsAddCommand
        return AccountsAddCommand::run(arguments);
    if (arguments.value(2) == QLatin1String("quota"))
        return AccountsQuotaCommand::run(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage ChatGPT accounts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verb"), tr("add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota"));
    parser.process(arguments);
    QStringList args = parser.positionalArguments();
    args.removeFirst(); // "accounts"
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    const QString verb = args.takeFirst();

    AccountStore store;
    if (!store.load()) {
        err << store.errorString() << Qt::endl;
        if (verb != QLatin1String("clear"))
            return 1;
    }
    if (verb == QLatin1String("import"))
        return importAccount(store, args, out, err);
    if (verb == QLatin1String("list"))
        return listAccounts(store, out);
    if ((verb == QLatin1String("switch") || verb == QLatin1String("remove")) && args.size() == 1) {
        if (!store.account(args.first())) {
            err << tr("No account %1.").arg(args.first()) << Qt::endl;
            return 1;
        }
        const bool ok = verb == QLatin1String("switch") ? store.setActive(args.first()) : store.remove(args.first());
        if (!ok) {
            err << store.errorString() << Qt::endl;
            return 1;
        }
        out << (verb == QLatin1String("switch") ? tr("Active account: %1.") : tr("Removed %1.")).arg(args.first())
            << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("clear")) {
        if (!store.clear()) {
            err << store.errorString() << Qt::endl;
            return 1;
        }
        out << tr("Removed all accounts.") << Qt::endl;
        return 0;
    }
    err << tr("Unknown or incomplete command: accounts %1").arg(verb) << Qt::endl << parser.helpText();
    return 2;
}
