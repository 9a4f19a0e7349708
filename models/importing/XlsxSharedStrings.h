#pragma once

#include "importing/ImportLimits.h"
#include "importing/ZipArchive.h"

#include <QCoreApplication>
#include <QStringList>

namespace sinergi {

// xl/sharedStrings.xml: the text of all t="s" cells, referenced by index. It has to be held in memory
// (cells refer to it in any order), so its size and count are capped.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::XlsxSharedStrings)
public:
    static QStringList load(const ZipArchive &zip, const QString &part, const ImportLimits &limits);
};

} // namespace sinergi
