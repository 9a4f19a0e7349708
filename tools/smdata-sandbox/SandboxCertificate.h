#pragma once

#include <QByteArray>

namespace sinergi::sandbox {

// The sandbox serves HTTPS with a certificate it makes itself on first start: a small CA ("Sinergi SMData
// sandbox CA") and a server certificate for localhost, 127.0.0.1 and ::1 signed by it. Clients trust the
// CA through the protocol's custom CA bundle option, exactly as an office trusts a ministry-internal CA;
// certificate verification is never switched off. Qt cannot create certificates, so this uses OpenSSL's
// libcrypto (the library Qt's TLS backend loads anyway). Keys are EC P-256.
struct TlsMaterial
{
    QByteArray caCertificatePem;
    QByteArray certificatePem;
    QByteArray privateKeyPem; // of the server certificate; the CA key is discarded after signing
};

// Throws sinergi::Error(Internal) when OpenSSL fails.
TlsMaterial generateTlsMaterial();

} // namespace sinergi::sandbox
