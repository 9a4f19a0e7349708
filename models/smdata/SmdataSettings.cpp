#include "SmdataSettings.h"

#include "common/Error.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUrl>

namespace sinergi::smdata {

namespace {

// Keys of the settings table. The password is a setting like the others: the table lives in the encrypted
// store, and no screen or command shows it back.
constexpr char16_t kUrlKey[] = u"smdata.url";
constexpr char16_t kUsernameKey[] = u"smdata.username";
constexpr char16_t kPasswordKey[] = u"smdata.password";
constexpr char16_t kCaKey[] = u"smdata.ca_bundle";
constexpr char16_t kReceiptKeysKey[] = u"smdata.receipt_keys";

QString readSetting(Database &db, const QString &key)
{
    Statement s = db.prepare("SELECT value FROM settings WHERE key = ?1");
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

void writeSetting(Database &db, const QString &key, const QString &value, const QString &now)
{
    db.prepare("INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, ?3) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
        .bindAll(key, value, now)
        .exec();
}

QString keysJson(const QList<QByteArray> &keys)
{
    QJsonArray array;
    for (const QByteArray &k : keys)
        array.append(QString::fromLatin1(k.toBase64()));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString caFingerprints(const QByteArray &pem)
{
    QStringList prints;
    for (const QSslCertificate &c : QSslCertificate::fromData(pem, QSsl::Pem))
        prints << QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex().left(16));
    return prints.join(u',');
}

QString details(std::initializer_list<std::pair<QString, QString>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void requireSubmit(const sinergi::Session &session)
{
    if (!session.can(Permission::SubmitBatches))
        throw Error(ErrorCode::PermissionDenied, permissionId(Permission::SubmitBatches));
}

} // namespace

ClientConfig SmdataSettings::clientConfig() const
{
    ClientConfig c;
    c.baseUrl = url;
    c.caBundlePem = caBundlePem;
    return c;
}

SmdataSettings SmdataSettings::read(Database &db)
{
    SmdataSettings s;
    s.url = readSetting(db, QString::fromUtf16(kUrlKey));
    s.username = readSetting(db, QString::fromUtf16(kUsernameKey));
    s.password = readSetting(db, QString::fromUtf16(kPasswordKey));
    s.caBundlePem = readSetting(db, QString::fromUtf16(kCaKey)).toUtf8();
    for (const QJsonValue &v :
         QJsonDocument::fromJson(readSetting(db, QString::fromUtf16(kReceiptKeysKey)).toUtf8()).array()) {
        const QByteArray key = QByteArray::fromBase64(v.toString().toLatin1());
        if (key.size() == 32)
            s.receiptKeys.append(key);
    }
    return s;
}

SmdataSettings SmdataSettings::load(sinergi::Session &session)
{
    requireSubmit(session);
    return read(session.db());
}

void SmdataSettings::save(sinergi::Session &session, const SmdataSettings &next)
{
    requireSubmit(session);
    const QString url = next.url.trimmed().isEmpty() ? QString() : normalizedUrl(next.url);
    if (!next.caBundlePem.isEmpty())
        checkCaBundle(next.caBundlePem);
    for (const QByteArray &k : next.receiptKeys) {
        if (k.size() != 32)
            throw Error(ErrorCode::InvalidArgument, tr("A receipt key must be 32 bytes."));
    }
    Database &db = session.db();
    const SmdataSettings old = read(db);
    const QString actor = session.user().username;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString action = u"smdata.settings_change"_qs;
    Transaction tx(db);
    if (old.url != url) {
        writeSetting(db, QString::fromUtf16(kUrlKey), url, now);
        session.audit().append(actor, action, u"url"_qs, details({{u"old"_qs, old.url}, {u"new"_qs, url}}));
    }
    const QString username = next.username.trimmed();
    if (old.username != username) {
        writeSetting(db, QString::fromUtf16(kUsernameKey), username, now);
        session.audit().append(actor, action, u"username"_qs,
                               details({{u"old"_qs, old.username}, {u"new"_qs, username}}));
    }
    if (old.password != next.password) {
        writeSetting(db, QString::fromUtf16(kPasswordKey), next.password, now);
        session.audit().append(
            actor, action, u"password"_qs,
            details({{u"change"_qs, next.password.isEmpty() ? u"removed"_qs : u"changed"_qs}}));
    }
    if (old.caBundlePem != next.caBundlePem) {
        writeSetting(db, QString::fromUtf16(kCaKey), QString::fromUtf8(next.caBundlePem), now);
        session.audit().append(actor, action, u"ca_bundle"_qs,
                               details({{u"old"_qs, caFingerprints(old.caBundlePem)},
                                        {u"new"_qs, caFingerprints(next.caBundlePem)}}));
    }
    if (old.receiptKeys != next.receiptKeys) {
        writeSetting(db, QString::fromUtf16(kReceiptKeysKey), keysJson(next.receiptKeys), now);
        QStringList oldIds, newIds;
        for (const QByteArray &k : old.receiptKeys)
            oldIds << keyId(k);
        for (const QByteArray &k : next.receiptKeys)
            newIds << keyId(k);
        session.audit().append(actor, action, u"receipt_keys"_qs,
                               details({{u"old"_qs, oldIds.join(u',')}, {u"new"_qs, newIds.join(u',')}}));
    }
    tx.commit();
}

QString SmdataSettings::normalizedUrl(const QString &text)
{
    QString t = text.trimmed();
    while (t.endsWith(u'/'))
        t.chop(1);
    if (t.endsWith(u"/api/v1"_qs))
        t.chop(7);
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        throw Error(
            ErrorCode::InvalidArgument,
            tr("“%1” is not a server address. Write it like https://smdata.example.go.id.").arg(text));
    if (url.scheme() != u"https"_qs)
        throw Error(ErrorCode::InvalidArgument,
                    tr("The SMData address must start with https://: data and passwords are never sent "
                       "unencrypted."));
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        throw Error(ErrorCode::InvalidArgument,
                    tr("Give only the server address (https://host or https://host:port), without a path."));
    return t;
}

void SmdataSettings::checkCaBundle(const QByteArray &pem)
{
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        throw Error(
            ErrorCode::InvalidArgument,
            tr("The file holds no certificate in PEM format (-----BEGIN CERTIFICATE-----). Choose the "
               "CA bundle the ministry or the server operator gave you."));
}

QByteArray SmdataSettings::parseReceiptKey(const QString &base64)
{
    const QByteArray text = base64.trimmed().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (text.isEmpty() || !decoded || decoded.decoded.size() != 32)
        throw Error(ErrorCode::InvalidArgument,
                    tr("The receipt key is not a 32-byte Ed25519 public key in base64 (44 characters ending "
                       "in “=”). Copy it again from the ministry's letter or the server's key file."));
    return decoded.decoded;
}

QString SmdataSettings::keyId(const QByteArray &rawKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawKey, QCryptographicHash::Sha256).left(8).toHex());
}

} // namespace sinergi::smdata
