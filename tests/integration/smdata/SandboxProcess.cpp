#include "SandboxProcess.h"

#include "TestBatch.h"
#include "TestSupport.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace sinergi::test;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs)
{
    m_port = 0;
    m_process.setProgram(QStringLiteral(SMDATA_SANDBOX_PATH));
    m_process.setArguments(QStringList{u"--port"_qs, u"0"_qs, u"--data"_qs, dataFile(), u"--export-ca"_qs,
                                       m_dir.filePath(u"ca.pem"_qs), u"--export-public-key"_qs,
                                       m_dir.filePath(u"receipt-key.txt"_qs)} +
                           extraArgs);
    // The sandbox's warnings (and a crash message) show up in the test log.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A test that crashes runs no destructor: the sandbox would live on holding the test's output pipe, and
    // ctest would wait for that pipe until its timeout. The kernel ends it with its parent instead.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("port ")) {
                m_port = static_cast<quint16>(line.mid(5).toUInt());
                return m_port != 0;
            }
        }
    }
    m_error = QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        killIfRunning(m_process);
        m_process.waitForFinished(5000);
    }
}

QString SandboxProcess::baseUrl() const
{
    return u"https://127.0.0.1:%1"_qs.arg(m_port);
}

QByteArray SandboxProcess::caPem() const
{
    return readAll(m_dir.filePath(u"ca.pem"_qs));
}

QByteArray SandboxProcess::publicKey() const
{
    return QByteArray::fromBase64(readAll(m_dir.filePath(u"receipt-key.txt"_qs)).trimmed());
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResult::isJsonObject() const
{
    QJsonParseError error;
    return QJsonDocument::fromJson(body, &error).isObject() && error.error == QJsonParseError::NoError;
}

QString HttpResult::errorCode() const
{
    return json().value(u"error"_qs).toObject().value(u"code"_qs).toString();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxClient::SandboxClient(const QString &baseUrl, const QByteArray &caPem)
    : m_baseUrl(baseUrl), m_caPem(caPem)
{
}

QNetworkRequest SandboxClient::request(const QString &path) const
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // The sandbox CA replaces the system store, as the client's custom CA bundle option does.
    tls.setCaCertificates(m_trustCa ? QSslCertificate::fromData(m_caPem, QSsl::Pem)
                                    : QList<QSslCertificate>());
    request.setSslConfiguration(tls);
    request.setTransferTimeout(30000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return request;
}

HttpResult SandboxClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request = this->request(path);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

QList<QNetworkReply *>
SandboxClient::sendAsync(const TestBatch &batch,
                         QList<QPair<QByteArray, QByteArray>> (*headersFor)(const QByteArray &))
{
    QList<QNetworkReply *> replies;
    for (qsizetype i = 0; i < batch.parts.size(); ++i) {
        QNetworkRequest request = this->request(u"/api/v1/batches/%1/parts/%2"_qs.arg(batch.id).arg(i));
        for (const auto &[name, value] : headersFor(batch.parts.at(i)))
            request.setRawHeader(name, value);
        replies << m_nam.put(request, batch.parts.at(i));
    }
    return replies;
}

HttpResult SandboxClient::sendJson(const QByteArray &method, const QString &path, const QJsonObject &object)
{
    return send(method, path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResult SandboxClient::login(const QString &username, const QString &password)
{
    const HttpResult r =
        sendJson("POST", u"/api/v1/auth/login"_qs,
                 QJsonObject{{u"protocol"_qs, 1}, {u"username"_qs, username}, {u"password"_qs, password}});
    if (r.status == 200)
        m_token = r.json().value(u"access_token"_qs).toString();
    return r;
}

HttpResult SandboxClient::setFaults(const QJsonObject &faults)
{
    QJsonObject body = faults;
    body.insert(u"protocol"_qs, 1);
    return sendJson("POST", u"/api/v1/sandbox/faults"_qs, body);
}
