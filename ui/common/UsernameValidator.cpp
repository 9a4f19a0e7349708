#include "UsernameValidator.h"

namespace sinergi {

UsernameValidator::UsernameValidator(QObject *parent)
    : QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9._-]{3,32}"_qs), parent)
{
}

} // namespace sinergi
