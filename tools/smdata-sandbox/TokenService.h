#pragma once

#include "SandboxStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sinergi::sandbox {

// A regency's SMData user admin as the sandbox knows it (from --user; nothing else is stored).
struct SandboxUser
{
    QString username;
    QString password;
    QString regencyCode; // "33.73"
    QString regencyName;
};

struct TokenOwner
{
    QString username;
    QString regencyCode;
};

// Access and refresh tokens of docs/smdata-protocol.md section 5: random opaque strings stored in the
// sandbox file with their expiry; a refresh token is rotated (revoked) when used.
class TokenService
{
public:
    TokenService(SandboxStore &store, QList<SandboxUser> users);

    void setAccessTtlSeconds(int seconds) { m_accessTtl = seconds; }
    int accessTtlSeconds() const { return m_accessTtl; }
    void setRefreshTtlSeconds(int seconds) { m_refreshTtl = seconds; }

    const SandboxUser *authenticate(const QString &username, const QString &password) const;
    const SandboxUser *user(const QString &username) const;
    // The login/refresh answer body (without "protocol").
    QJsonObject issue(const SandboxUser &user);
    // nullopt when the refresh token is unknown, already used or expired; otherwise a new pair.
    std::optional<QJsonObject> refresh(const QString &refreshToken);

    enum class Check { Ok, Missing, Invalid, Expired };
    Check check(const QByteArray &authorizationHeader, TokenOwner *owner) const;

    // Fault switch "token expiry": every access token issued so far expires now.
    void expireAccessTokens();

private:
    SandboxStore &m_store;
    QList<SandboxUser> m_users;
    int m_accessTtl = 900;
    int m_refreshTtl = 7 * 24 * 3600;
};

} // namespace sinergi::sandbox
