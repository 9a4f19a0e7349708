#include "SandboxCertificate.h"

#include "common/Error.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sinergi::sandbox {

namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

[[noreturn]] void fail(const char *what)
{
    throw Error(ErrorCode::Internal, u"OpenSSL: "_qs + QString::fromLatin1(what));
}

KeyPtr newKey()
{
    KeyPtr key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    if (!key)
        fail("EC key generation");
    return key;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        fail("certificate extension");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

// Unsigned certificate with a random serial, valid from an hour ago (clock skew) for ten years.
CertPtr newCertificate(EVP_PKEY *key, const char *commonName)
{
    CertPtr cert(X509_new(), &X509_free);
    if (!cert)
        fail("X509_new");
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof(serial));
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof(serial), nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3650L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Sinergi"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName),
                               -1, -1, 0);
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        fail("PEM_write_bio_X509");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        fail("PEM_write_bio_PrivateKey");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

TlsMaterial generateTlsMaterial()
{
    KeyPtr caKey = newKey();
    CertPtr ca = newCertificate(caKey.get(), "Sinergi SMData sandbox CA");
    X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get()));
    addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash");
    if (X509_sign(ca.get(), caKey.get(), EVP_sha256()) == 0)
        fail("signing the CA certificate");

    KeyPtr key = newKey();
    CertPtr cert = newCertificate(key.get(), "localhost");
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get()));
    addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), ca.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), ca.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), ca.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    addExtension(cert.get(), ca.get(), NID_authority_key_identifier, "keyid");
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) == 0)
        fail("signing the server certificate");

    return {certificatePem(ca.get()), certificatePem(cert.get()), privateKeyPem(key.get())};
}

} // namespace sinergi::sandbox
