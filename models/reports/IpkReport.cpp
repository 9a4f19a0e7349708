#include "IpkReport.h"

#include <QCoreApplication>

namespace sinergi {

qint64 IpkTable::value(int row, const QString &column) const
{
    const int c = columnIndex(column);
    return c < 0 || row < 0 || row >= cells.size() ? 0 : cells.at(row).at(c);
}

qint64 IpkTable::total(const QString &column) const
{
    qint64 sum = 0;
    for (int r = 0; r < cells.size(); ++r)
        sum += value(r, column);
    return sum;
}

bool IpkTable::otherRowUsed() const
{
    if (cells.isEmpty())
        return false;
    for (qint64 v : cells.constLast())
        if (v != 0)
            return true;
    return false;
}

const IpkTable *IpkReport::table(const QString &formId) const
{
    for (const IpkTable &t : tables)
        if (t.formId == formId)
            return &t;
    return nullptr;
}

namespace IpkColumns {

namespace {
QString sexSuffix(QStringView s)
{
    if (s == u"L")
        return QCoreApplication::translate("sinergi::IpkColumns", "M");
    if (s == u"P")
        return QCoreApplication::translate("sinergi::IpkColumns", "F");
    return QCoreApplication::translate("sinergi::IpkColumns", "M/F"); // places open to both
}
} // namespace

QStringList flowColumns(IpkSubject subject)
{
    const QStringList sexes = subject == IpkSubject::Vacancies ? QStringList{u"L"_qs, u"P"_qs, u"LP"_qs}
                                                               : QStringList{u"L"_qs, u"P"_qs};
    QStringList out;
    for (const char *flow : {"opening", "registered", "A", "placed", "removed", "B", "closing"})
        for (const QString &s : sexes)
            out << QString::fromLatin1(flow) + u'_' + s;
    return out;
}

QStringList placementColumns()
{
    QStringList out;
    for (const char *kind : {"AKL", "AKAD", "AKAN"})
        for (const char *s : {"L", "P"})
            out << QString::fromLatin1(kind) + u'_' + QString::fromLatin1(s);
    return out;
}

QString label(const QString &key)
{
    const qsizetype cut = key.lastIndexOf(u'_');
    const QString head = key.left(cut);
    const QString sex = sexSuffix(QStringView(key).mid(cut + 1));
    QString name;
    if (head == u"opening")
        name = QCoreApplication::translate("sinergi::IpkColumns", "(1) Opening");
    else if (head == u"registered")
        name = QCoreApplication::translate("sinergi::IpkColumns", "(2) Registered");
    else if (head == u"A")
        name = QCoreApplication::translate("sinergi::IpkColumns", "A = 1+2");
    else if (head == u"placed")
        name = QCoreApplication::translate("sinergi::IpkColumns", "(3) Placed / filled");
    else if (head == u"removed")
        name = QCoreApplication::translate("sinergi::IpkColumns", "(4) Removed");
    else if (head == u"B")
        name = QCoreApplication::translate("sinergi::IpkColumns", "B = 3+4");
    else if (head == u"closing")
        name = QCoreApplication::translate("sinergi::IpkColumns", "(5) Closing = A−B");
    else
        name = head; // AKL, AKAD, AKAN are the official abbreviations in both languages
    return name + u' ' + sex;
}

} // namespace IpkColumns

} // namespace sinergi
