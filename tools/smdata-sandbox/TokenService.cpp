#include "TokenService.h"

#include "store/Transaction.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace sinergi::sandbox {

namespace {

QString newToken(const char *prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    return QString::fromLatin1(prefix) + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals));
}

std::int64_t now()
{
    return static_cast<std::int64_t>(QDateTime::currentSecsSinceEpoch());
}

} // namespace

TokenService::TokenService(SandboxStore &store, QList<SandboxUser> users)
    : m_store(store), m_users(std::move(users))
{
}

const SandboxUser *TokenService::authenticate(const QString &username, const QString &password) const
{
    const SandboxUser *u = user(username);
    return (u && u->password == password) ? u : nullptr;
}

const SandboxUser *TokenService::user(const QString &username) const
{
    for (const SandboxUser &u : m_users) {
        if (u.username == username)
            return &u;
    }
    return nullptr;
}

QJsonObject TokenService::issue(const SandboxUser &user)
{
    const QString access = newToken("at_");
    const QString refresh = newToken("rt_");
    const std::int64_t t = now();
    Statement st = m_store.db().prepare(
        "INSERT INTO tokens(token, kind, username, regency_code, expires_at) VALUES(?, ?, ?, ?, ?)");
    st.bindAll(access, u"access"_qs, user.username, user.regencyCode, t + m_accessTtl);
    st.exec();
    st.reset();
    st.bindAll(refresh, u"refresh"_qs, user.username, user.regencyCode, t + m_refreshTtl);
    st.exec();
    return QJsonObject{
        {u"token_type"_qs, u"Bearer"_qs},
        {u"access_token"_qs, access},
        {u"expires_in"_qs, m_accessTtl},
        {u"expires_at"_qs, QDateTime::fromSecsSinceEpoch(t + m_accessTtl, Qt::UTC).toString(Qt::ISODate)},
        {u"refresh_token"_qs, refresh},
        {u"refresh_expires_in"_qs, m_refreshTtl},
        {u"user"_qs, QJsonObject{{u"username"_qs, user.username},
                                 {u"regency_code"_qs, user.regencyCode},
                                 {u"regency_name"_qs, user.regencyName},
                                 {u"role"_qs, u"user_admin"_qs}}}};
}

std::optional<QJsonObject> TokenService::refresh(const QString &refreshToken)
{
    Transaction tx(m_store.db());
    Statement find = m_store.db().prepare("SELECT username FROM tokens WHERE token = ? AND kind = 'refresh' "
                                          "AND revoked = 0 AND expires_at > ?");
    find.bindAll(refreshToken, now());
    if (!find.step())
        return std::nullopt;
    const SandboxUser *u = user(find.text(0));
    if (!u)
        return std::nullopt;
    Statement revoke = m_store.db().prepare("UPDATE tokens SET revoked = 1 WHERE token = ?");
    revoke.bind(1, refreshToken);
    revoke.exec();
    QJsonObject pair = issue(*u);
    tx.commit();
    return pair;
}

TokenService::Check TokenService::check(const QByteArray &authorizationHeader, TokenOwner *owner) const
{
    static const QByteArray scheme = "Bearer ";
    if (authorizationHeader.isEmpty())
        return Check::Missing;
    if (!authorizationHeader.startsWith(scheme))
        return Check::Invalid;
    const QString token = QString::fromLatin1(authorizationHeader.mid(scheme.size()).trimmed());
    Statement st = m_store.db().prepare(
        "SELECT username, regency_code, expires_at, revoked FROM tokens WHERE token = ? AND kind = 'access'");
    st.bind(1, token);
    if (!st.step() || st.int64(3) != 0)
        return Check::Invalid;
    if (st.int64(2) <= now())
        return Check::Expired;
    if (owner)
        *owner = {st.text(0), st.text(1)};
    return Check::Ok;
}

void TokenService::expireAccessTokens()
{
    Statement st =
        m_store.db().prepare("UPDATE tokens SET expires_at = ? WHERE kind = 'access' AND expires_at > ?");
    st.bindAll(now() - 1, now() - 1);
    st.exec();
}

} // namespace sinergi::sandbox
