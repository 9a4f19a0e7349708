#pragma once

#include <QChar>
#include <QStringView>

namespace sinergi {

// Guesses the field delimiter of a CSV file from its first lines. Indonesian Excel writes ';' (the
// decimal separator is ','), other systems ',' and "Unicode text" exports use tab.
class CsvSniffer
{
public:
    // sample: the start of the file; complete: whether it is the whole file (else the last, possibly cut
    // line is ignored). Returns ',' when nothing points to another delimiter.
    static QChar detectDelimiter(QStringView sample, bool complete, int maxLines = 20);
};

} // namespace sinergi
