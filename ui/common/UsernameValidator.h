#pragma once

#include <QRegularExpressionValidator>

namespace sinergi {

// User names are log-in ids, typed often and shown in the audit log: letters, digits, dot, dash and
// underscore, 3–32 characters, no spaces (the display name is for the person's full name).
class UsernameValidator : public QRegularExpressionValidator
{
    Q_OBJECT
public:
    explicit UsernameValidator(QObject *parent = nullptr);
};

} // namespace sinergi
