#pragma once

#include <QString>

namespace sinergi {

// Numbers as Excel stores them (<v>3.2010123456789E+15</v>, <v>0.30000000000000004</v>) turned into the
// text a person expects: no exponent, no binary noise. Excel itself shows at most 15 significant digits,
// so that is what we keep for fractions; integer text is kept exactly as stored.
class ExcelNumber
{
public:
    // "" for text that is not a number.
    static QString toPlain(const QString &raw);
    // Moves the decimal point of "1.25E+3"-style text without going through a double: "1250".
    static QString expandExponent(const QString &mantissa, int exponent);
    static bool isIntegerLiteral(QStringView text);
};

} // namespace sinergi
