#include "CsvTable.h"

#include <QFile>

CsvTable CsvTable::read(const QString &path)
{
    CsvTable t;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        t.m_wellFormed = false;
        return t;
    }
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                t.m_wellFormed = false; // a bare CR
        } else if (c == u'\n') {
            if (i == 0 || text.at(i - 1) != u'\r')
                t.m_wellFormed = false; // LF without CR
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !record.isEmpty() || quoted)
        t.m_wellFormed = false; // no line break after the last record
    if (records.isEmpty())
        return t;
    t.m_header = records.takeFirst();
    for (int i = 0; i < t.m_header.size(); ++i)
        t.m_columns.insert(t.m_header.at(i), i);
    for (const QStringList &r : std::as_const(records)) {
        if (r.size() != t.m_header.size())
            t.m_wellFormed = false;
    }
    t.m_rows = std::move(records);
    return t;
}
