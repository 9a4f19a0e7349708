#pragma once

#include <QString>

namespace sinergi {

// Spreadsheet programs run a CSV cell that starts with = + - @ (and, in some, a tab or carriage return)
// as a formula: a name like "=HYPERLINK(...)" typed into a record would run on the machine of whoever
// opens the export. Such text gets a leading apostrophe, which Excel and LibreOffice show as plain text and
// Sinergi's importer strips again (ExcelPitfalls). Only text cells: a real number like -5 is not guarded.
bool needsFormulaGuard(const QString &text);
QString guardFormula(const QString &text);

} // namespace sinergi
