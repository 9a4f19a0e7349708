#pragma once

#include "datasets/DatasetTemplate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sinergi {

class CodeList;
class CodeListRegistry;
class RegionCatalog;

// The text a grid cell shows for a code: "code — label" in one language, e.g. "5000 — SMA/sederajat" or
// "33.73.04 — Tingkir". An officer thinks in names, but paper forms, SMData and the sort order use codes,
// so both are shown, code first (the column sorts by it), in the same form as the code picker.
//
// Scrolling a million rows asks for the same few codes again and again: each text is built once per
// (column, code) and then returned by reference, so data() allocates nothing for a code cell. Unknown codes
// show as typed (validation flags them).
class CodeLabels
{
public:
    CodeLabels(const DatasetTemplate &tpl, const CodeListRegistry *codeLists, const RegionCatalog *regions,
               const QString &language);

    bool isCode(int column) const { return column >= 0 && column < m_lists.size() && m_isCode.at(column); }
    const QString &text(int column, const QString &code) const;
    static QString joined(const QString &code, const QString &label);

private:
    QString label(int column, const QString &code) const;

    const RegionCatalog *m_regions;
    QString m_language;
    QList<bool> m_isCode;
    QList<const CodeList *> m_lists; // null for the wilayah_* lists (the region catalogue answers)
    mutable QList<QHash<QString, QString>> m_texts;
};

} // namespace sinergi
