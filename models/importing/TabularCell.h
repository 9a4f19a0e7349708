#pragma once

#include <QString>

namespace sinergi {

// What a cell held in the source, so the importer can tell "3.2E+15 typed as text" from "a number
// Excel stored with 15 digits" and a date Excel formatted from a plain number.
enum class CellKind {
    Empty,
    Text,     // CSV fields, shared/inline strings, formula string results
    Number,   // value is the number without scientific notation; raw is the stored text
    Date,     // value is yyyy-MM-dd; raw is the Excel serial
    DateTime, // value is yyyy-MM-ddTHH:mm:ss
    Time,     // value is HH:mm:ss (time-only format)
    Boolean,  // value is TRUE / FALSE
    Error     // value is the Excel error text, e.g. #N/A
};

struct TabularCell
{
    QString value; // what the importer should use
    QString raw;   // the text as stored in the file (same as value for CSV)
    CellKind kind = CellKind::Empty;
};

} // namespace sinergi
