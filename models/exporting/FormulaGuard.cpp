#include "FormulaGuard.h"

namespace sinergi {

bool needsFormulaGuard(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString guardFormula(const QString &text)
{
    return needsFormulaGuard(text) ? u'\'' + text : text;
}

} // namespace sinergi
