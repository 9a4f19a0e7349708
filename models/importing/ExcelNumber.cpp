#include "ExcelNumber.h"

#include <cmath>

namespace sinergi {

bool ExcelNumber::isIntegerLiteral(QStringView text)
{
    qsizetype i = (!text.isEmpty() && (text[0] == u'-' || text[0] == u'+')) ? 1 : 0;
    if (i >= text.size())
        return false;
    for (; i < text.size(); ++i)
        if (!text[i].isDigit() || text[i].unicode() > 0x7F)
            return false;
    return true;
}

QString ExcelNumber::expandExponent(const QString &mantissa, int exponent)
{
    QString digits;
    bool negative = false;
    qsizetype point = -1;
    for (const QChar c : mantissa) {
        if (c == u'-')
            negative = true;
        else if (c == u'.' || c == u',')
            point = digits.size();
        else if (c.isDigit())
            digits.append(c);
    }
    if (point < 0)
        point = digits.size();
    qsizetype newPoint = point + exponent;
    if (newPoint <= 0) {
        digits.prepend(QString(-newPoint, u'0'));
        newPoint = 0;
    } else if (newPoint > digits.size()) {
        digits.append(QString(newPoint - digits.size(), u'0'));
    }
    QString intPart = digits.left(newPoint);
    QString frac = digits.mid(newPoint);
    while (intPart.size() > 1 && intPart.startsWith(u'0'))
        intPart.remove(0, 1);
    if (intPart.isEmpty())
        intPart = u"0"_qs;
    while (frac.endsWith(u'0'))
        frac.chop(1);
    QString out = frac.isEmpty() ? intPart : intPart + u'.' + frac;
    if (negative && out != u"0")
        out.prepend(u'-');
    return out;
}

QString ExcelNumber::toPlain(const QString &raw)
{
    const QString t = raw.trimmed();
    if (isIntegerLiteral(t))
        return t.startsWith(u'+') ? t.mid(1) : t;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return {};
    // An integer written with an exponent (3.2010123456789E+15) is expanded from its text, exactly.
    if (const qsizetype e = t.indexOf(u'E', 0, Qt::CaseInsensitive); e > 0) {
        bool expOk = false;
        const int exponent = t.mid(e + 1).toInt(&expOk);
        if (expOk && exponent >= 0 && exponent <= 30) {
            const QString exact = expandExponent(t.left(e), exponent);
            if (!exact.contains(u'.'))
                return exact;
        }
    }
    if (d == 0)
        return u"0"_qs;
    // 15 significant digits as Excel shows them, then written out without an exponent.
    const QString g = QString::number(d, 'g', 15);
    const qsizetype e = g.indexOf(u'e');
    if (e < 0) {
        return g;
    }
    return expandExponent(g.left(e), g.mid(e + 1).toInt());
}

} // namespace sinergi
