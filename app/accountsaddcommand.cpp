#include "accountsaddcommand.h"

#include "auth/accountstore.h"
#include "auth/oauthloginflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <iostream>
#include <string>
#include <thread>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountsAddCommand", text);
}

// Only touched on the main thread; the stdin reader posts its lines there.
QPointer<OAuthLoginFlow> g_flow;
// Set once the command is over: the reader thread (blocked in a read) must no longer post to the application.
std::atomic_bool g_stopReading = false;

// Starts the system browser without QtGui: the CLI runs on a QCoreApplication (there can be only one application
// object), and on Linux QDesktopServices would run xdg-open as well. No display (SSH, server) -> false.
bool startBrowser(const QUrl &url)
{
    const QString encoded = QString::fromUtf8(url.toEncoded());
    const QString override = qEnvironmentVariable("CODEX_BRIDGE_BROWSER").trimmed();
    if (override == QLatin1String("none"))
        return false;
    if (!override.isEmpty()) {
        QStringList command = QProcess::splitCommand(override);
        const QString program = command.takeFirst();
        return QProcess::startDetached(program, command << encoded);
    }
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {encoded});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"), {QStringLiteral("url.dll,FileProtocolHandler"), encoded});
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    return !xdgOpen.isEmpty() && QProcess::startDetached(xdgOpen, {encoded});
#endif
}

// Reads stdin on its own thread (a blocking read works on every platform and for ttys and pipes alike) and hands
// each non-empty line to the flow. Detached: it may stay blocked in the read until the process exits.
void startStdinReader()
{
    std::thread([] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString text = QString::fromStdString(line).trimmed();
            if (g_stopReading)
                return;
            if (text.isEmpty())
                continue;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [text] {
                    if (g_flow && g_flow->isRunning())
                        g_flow->completeFromPastedInput(text);
                },
                Qt::QueuedConnection);
        }
    }).detach();
}
} // namespace

int AccountsAddCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sign in to a ChatGPT account and add it."));
    parser.addHelpOption();
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"),
                                       tr("Do not open a browser: print the sign-in address and read the address "
                                          "the browser ends up on (or the code) from the terminal."));
    parser.addOption(noBrowser);
    parser.addPositionalArgument(QStringLiteral("accounts add"), tr("Add a ChatGPT account."));
    parser.process(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << parser.helpText();
        return 2;
    }
    const bool headless = parser.isSet(noBrowser);

    AccountStore store;
    if (!store.load()) {
        err << store.errorString() << Qt::endl;
        return 1;
    }

    OAuthLoginFlow flow;
    g_flow = &flow;
    flow.setAllowWithoutListener(headless);
    bool timeoutOk = false;
    const int timeoutSeconds = qEnvironmentVariableIntValue("CODEX_BRIDGE_OAUTH_TIMEOUT", &timeoutOk);
    if (timeoutOk && timeoutSeconds > 0)
        flow.setTimeout(std::chrono::seconds(timeoutSeconds));

    QEventLoop loop;
    int exitCode = 1;
    // Not at once: the browser is still being sent its "signed in" / error page.
    const auto quitSoon = [&loop] { QTimer::singleShot(500, &loop, &QEventLoop::quit); };
    QObject::connect(&flow, &OAuthLoginFlow::exchangingCode, &loop, [&] {
        out << tr("Got the sign-in reply, finishing...") << Qt::endl;
    });
    QObject::connect(&flow, &OAuthLoginFlow::succeeded, &loop,
                     [&](const Account &account, const AccountTokens &tokens) {
                         if (!store.addOrUpdate(account, tokens)) {
                             err << tr("Signed in, but the account could not be stored: %1").arg(store.errorString())
                                 << Qt::endl;
                         } else {
                             out << tr("Signed in as %1 (%2).")
                                        .arg(account.email.isEmpty() ? account.accountId : account.email,
                                             account.planType.isEmpty() ? tr("unknown plan") : account.planType)
                                 << Qt::endl;
                             exitCode = 0;
                         }
                         quitSoon();
                     });
    QObject::connect(&flow, &OAuthLoginFlow::failed, &loop, [&](const QString &message) {
        err << message << Qt::endl;
        quitSoon();
    });

    if (!flow.start())
        return 1;

    const QString url = QString::fromUtf8(flow.authorizeUrl().toEncoded());
    const bool browserStarted = !headless && startBrowser(flow.authorizeUrl());
    if (browserStarted) {
        out << tr("Sign in to ChatGPT in the browser window that just opened. If none opened, visit:") << Qt::endl;
        out << "\n  " << url << "\n" << Qt::endl;
    } else {
        out << tr("Open this address in a browser (on this or any other machine) and sign in to ChatGPT:")
            << Qt::endl;
        out << "\n  " << url << "\n" << Qt::endl;
        if (!flow.hasListener())
            out << tr("Note: the sign-in reply cannot reach this program directly (the callback port is busy).")
                << Qt::endl;
        out << tr("After signing in, the browser goes to %1?code=... If that page does not say \"Signed in\" "
                  "(for example because the browser runs on another machine), copy the whole address from the "
                  "browser's address bar and paste it here, then press Enter:")
                   .arg(flow.redirectUri())
            << Qt::endl;
    }
    // Also in browser mode: a user whose browser is elsewhere can still paste.
    startStdinReader();
    loop.exec();
    g_stopReading = true;
    g_flow.clear();
    return exitCode;
}
