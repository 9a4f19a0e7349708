#pragma once

#include "LocalizedText.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace sinergi {

// One version of a reference code list (religion, IPK education, KBLI sections, ...), read from
// resources/codelists/*.json. Records store the code and, where codes change between editions, the
// version, so an old record stays readable after a newer list is loaded.
class CodeList
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::CodeList)
public:
    struct Entry
    {
        QString code;
        LocalizedText label;
    };

    // Strict parse; throws Error(InvalidArgument) naming sourceName and the offending entry.
    static CodeList fromJson(const QByteArray &json, const QString &sourceName);

    const QString &id() const { return m_id; }
    const QString &version() const { return m_version; }
    const LocalizedText &labels() const { return m_labels; }
    // Where the list comes from (decree, guideline, or "structure only"), shown in the licences view.
    const QString &sourceNote() const { return m_sourceNote; }
    const QList<Entry> &entries() const { return m_entries; }

    bool contains(const QString &code) const { return m_index.contains(code); }
    // Empty when the code is not in the list.
    QString label(const QString &code, const QString &language) const;

private:
    QString m_id;
    QString m_version;
    LocalizedText m_labels;
    QString m_sourceNote;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace sinergi
