#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct TestBatch;

// The real smdata-sandbox binary on a free loopback port (it picks one with --port 0 and prints it), with
// its own data file, CA certificate and receipt public key in a temporary directory.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();

    // Starts the sandbox; extraArgs are appended (fault flags, --access-ttl, ...). False with a message in
    // error() when it does not print its port within ten seconds.
    bool start(const QStringList &extraArgs = {});
    void stop();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QByteArray caPem() const;
    QByteArray publicKey() const; // raw 32 bytes
    const QString &error() const { return m_error; }
    QString dataFile() const { return m_dir.filePath(QStringLiteral("sandbox.db")); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// A blocking HTTPS client for the tests (the real, asynchronous SMData client is a later part of issue 6).
// It trusts exactly the sandbox's CA, like an office that configured a custom CA bundle.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const;
    bool isJsonObject() const;
    QString errorCode() const; // error.code of the protocol's error body
    QByteArray header(const QByteArray &name) const;
};

class SandboxClient
{
public:
    SandboxClient(const QString &baseUrl, const QByteArray &caPem);

    void setAccessToken(const QString &token) { m_token = token; }
    // A kept-alive connection would skip the handshake, so changing trust drops the connections.
    void setTrustSandboxCa(bool trust)
    {
        m_trustCa = trust;
        m_nam.clearConnectionCache();
    }

    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult getJson(const QString &path) { return send("GET", path); }
    HttpResult sendJson(const QByteArray &method, const QString &path, const QJsonObject &object);
    // Starts PUT of every part of batch at once and returns the replies (the caller waits and deletes them).
    QList<QNetworkReply *> sendAsync(const TestBatch &batch,
                                     QList<QPair<QByteArray, QByteArray>> (*headersFor)(const QByteArray &));

    // Logs in as the sandbox's default user and keeps the access token.
    HttpResult login(const QString &username = QStringLiteral("admin.3373"),
                     const QString &password = QStringLiteral("sandbox-password"));
    HttpResult setFaults(const QJsonObject &faults);

private:
    QNetworkRequest request(const QString &path) const;

    QNetworkAccessManager m_nam;
    QString m_baseUrl;
    QByteArray m_caPem;
    QString m_token;
    bool m_trustCa = true;
};
