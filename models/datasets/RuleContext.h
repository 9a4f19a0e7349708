#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <functional>

namespace sinergi {

class RegionCatalog;

// What a rule may look at besides the record itself. Everything is optional so core tests can run a rule
// with only what it needs; a rule that lacks its input reports nothing rather than guessing.
struct RuleContext
{
    QDate today = QDate::currentDate();
    const RegionCatalog *regions = nullptr;
    // The regency the office serves (setting office.regency, "33.73" or "3373"); empty = not configured.
    // A NIK registered elsewhere is only a warning: people move, the NIK keeps its first kecamatan.
    QString officeRegency;
    // Answers "does dataset.field = value exist?" for cross-dataset references (the record service
    // implements it with an indexed query).
    std::function<bool(const QString &dataset, const QString &field, const QVariant &value)> exists;
};

} // namespace sinergi
