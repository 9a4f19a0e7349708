#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A whole RFC 4180 file in memory, for checking generated files in tests (small by design). Written
// here rather than borrowed from the importer so the generator is checked against the RFC, not against
// another component's reading of it.
class CsvTable
{
public:
    static CsvTable read(const QString &path); // QFAIL-style: an unreadable file gives an empty table

    const QStringList &header() const { return m_header; }
    const QList<QStringList> &rows() const { return m_rows; }
    int column(const QString &name) const { return m_columns.value(name, -1); }
    QString value(qsizetype row, const QString &column) const
    {
        return m_rows.at(row).at(m_columns.value(column));
    }
    bool wellFormed() const { return m_wellFormed; } // every record has the header's field count, CRLF ends

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QHash<QString, int> m_columns;
    bool m_wellFormed = true;
};
