#pragma once

#include "store/Database.h"

#include <QByteArray>
#include <QString>

namespace sinergi::sandbox {

// The sandbox's own file: batches, parts, errors, tokens, its receipt key pair and TLS certificate. It
// uses the project's SQLCipher wrapper (the only SQLite in the process, see DESIGN.md) with a FIXED key:
// the wrapper always keys the file, and the sandbox holds only synthetic test data, so the key protects
// nothing and is public (kSandboxKeyLabel). Do not put real data in a sandbox file.
class SandboxStore
{
public:
    static constexpr char kSandboxKeyLabel[] = "sinergi smdata-sandbox fixed key v1";

    // Creates the file with its schema when it does not exist.
    explicit SandboxStore(const QString &path);

    Database &db() { return m_db; }

    QByteArray meta(const QString &key) const;
    void setMeta(const QString &key, const QByteArray &value);

private:
    void createSchema();

    mutable Database m_db;
};

} // namespace sinergi::sandbox
