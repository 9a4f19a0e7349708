#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace sinergi {

class DatasetTemplate;

// Automatic column matching: a source header matches a template field when both normalise to the same
// text ("No. Pendaftaran", "no_pendaftaran" and "NO PENDAFTARAN" all become "nopendaftaran"), or when the
// header is a known Indonesian synonym of the field ("No AK1", "JK", "L/P", "Tgl Lahir"). Field labels (id
// and en) count as synonyms too. Source systems name their columns freely, so this is a best effort that
// the import wizard shows and the user (or a saved mapping profile) corrects.
class HeaderMatcher
{
public:
    explicit HeaderMatcher(const DatasetTemplate &tpl);

    // Lower case, letters and digits only ("Tgl. Lahir" -> "tgllahir").
    static QString normalise(const QString &text);
    // The field the header stands for, or an empty string.
    QString match(const QString &header) const;

private:
    QHash<QString, QString> m_byNormalised; // normalised header -> field name
};

} // namespace sinergi
