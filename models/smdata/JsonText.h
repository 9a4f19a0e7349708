#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Writing JSON by hand for the batch content (protocol section 7.1): a batch of 100,000 records is some
// three million values, and QJsonObject per record would cost more than reading the store. Input text is
// the store's UTF-8, copied through except for what JSON requires escaped.
namespace sinergi::smdata::jsontext {

// Appends value as a JSON string, quotes included.
void appendString(QByteArray &out, QByteArrayView utf8);
void appendInteger(QByteArray &out, qint64 value);
// Shortest text that reads back as the same double; false (nothing appended) for NaN and infinities,
// which JSON cannot carry.
bool appendReal(QByteArray &out, double value);

} // namespace sinergi::smdata::jsontext
