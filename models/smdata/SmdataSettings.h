#pragma once

#include "SmdataClient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace sinergi {
class Database;
class Session;
} // namespace sinergi

namespace sinergi::smdata {

// How this office reaches SMData: the server address, the regency's user-admin account, an optional custom
// CA bundle (PEM; it replaces the system trust store, protocol section 1) and the pinned receipt keys
// (section 9.3). Kept only in the encrypted store's settings table — never in QSettings or a file — and
// only roles with SubmitBatches (walidata, admin) may read or change them. TLS verification has no switch.
struct SmdataSettings
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::smdata::SmdataSettings)
public:
    QString url; // https://host[:port], without /api/v1
    QString username;
    QString password;
    QByteArray caBundlePem;        // empty: the system trust store
    QList<QByteArray> receiptKeys; // raw 32-byte Ed25519 public keys

    bool complete() const { return !url.isEmpty() && !username.isEmpty() && !password.isEmpty(); }
    ClientConfig clientConfig() const;

    // Reads the settings from a store connection without a permission check: for the sender's own
    // connection, which is only opened for a session that has SubmitBatches.
    static SmdataSettings read(Database &db);
    // The settings for a user (SubmitBatches, else PermissionDenied).
    static SmdataSettings load(sinergi::Session &session);
    // Validates and stores the settings (SubmitBatches). Each changed item is one audit entry
    // "smdata.settings_change" naming the item; URL and user name are logged old -> new, the password and
    // the CA bundle only as "changed" (a certificate fingerprint for the CA), never their content.
    static void save(sinergi::Session &session, const SmdataSettings &settings);

    // Input checks with the message to show (InvalidArgument): an https:// URL with a host; a PEM file with
    // at least one certificate; a base64 32-byte key.
    static QString normalizedUrl(const QString &url);
    static void checkCaBundle(const QByteArray &pem);
    static QByteArray parseReceiptKey(const QString &base64);
    // The key id of section 9.1 (first 8 bytes of SHA-256 of the key, hex), to compare with /info.
    static QString keyId(const QByteArray &rawKey);
};

} // namespace sinergi::smdata
