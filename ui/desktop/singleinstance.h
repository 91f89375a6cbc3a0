#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One tray application per user and config folder. The first start becomes the primary and listens on a local
// socket; a later start finds it, asks it to bring its window forward and exits. A socket left behind by a crashed
// primary is detected (nobody answers) and replaced.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // `key` tells instances apart (the config folder: two configs may run side by side).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString serverNameFor(const QString &key);
    QString serverName() const { return m_serverName; }

    // True when this process is now the primary. False when another one runs: it has then been asked to show
    // itself (activationRequested() there).
    bool start();

Q_SIGNALS:
    void activationRequested();

private:
    bool notifyPrimary() const;

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
