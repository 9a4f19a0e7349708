#pragma once

#include <QByteArray>
#include <QString>

// Constants of the SMData protocol v1 (docs/smdata-protocol.md) shared by the client and the sandbox, so a
// header name or a limit cannot drift between the two.
namespace sinergi::smdata {

inline constexpr int kProtocolVersion = 1;
inline const QString kApiPrefix = QStringLiteral("/api/v1");

inline constexpr char kPartHashHeader[] = "X-Part-SHA256";
inline constexpr char kRequestIdHeader[] = "X-Request-Id";

// Section 4 of the protocol.
inline constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;
inline constexpr qint64 kMaxDecodedBytes = 32 * 1024 * 1024;
inline constexpr qint64 kMaxPartBytes = 4 * 1024 * 1024;
inline constexpr int kMaxParts = 10000;
inline constexpr int kPageSizeMax = 1000;

} // namespace sinergi::smdata
