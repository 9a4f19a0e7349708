#pragma once

#include "datasets/LocalizedText.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sinergi {

class CodeListRegistry;

// The IPK forms as data (resources/reports/ipk_forms.json): which subject each form counts and how its rows
// are laid out. Form numbers and row layouts differ between regions and guideline versions (domain.md), so
// they are not code; an office can load its own set in the same format.
enum class IpkSubject { JobSeekers, Vacancies, Placements };
enum class IpkDimension { Total, Age, Education, Kbji, Kbli };

struct IpkRowGroup
{
    LocalizedText label;
    int minAge = -1; // Age: inclusive bounds; maxAge -1 = open-ended ("55+")
    int maxAge = -1;
    QStringList prefixes; // Education: code prefixes ("31" matches 3101, 3199, ...)
    QString code;         // Kbji / Kbli: the exact code
    QString kbliVersion;  // Kbli: "2020" or "2025" (the same letter means different sections in each)
};

struct IpkForm
{
    QString id;
    LocalizedText title;
    IpkSubject subject = IpkSubject::JobSeekers;
    IpkDimension by = IpkDimension::Total;
    QList<IpkRowGroup> rows; // records matching none go to an extra "other / unknown" row
};

class IpkFormSet
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::IpkFormSet)
public:
    // Strict parse; rows taken from code lists are expanded with codeLists. Throws Error(InvalidArgument)
    // naming sourceName and the form at fault.
    static IpkFormSet fromJson(const QByteArray &json, const QString &sourceName,
                               const CodeListRegistry &codeLists);
    // The shipped default set (":/reports/ipk_forms.json").
    static IpkFormSet loadDefault(const CodeListRegistry &codeLists);

    const QList<IpkForm> &forms() const { return m_forms; }
    const IpkForm *form(const QString &id) const;

private:
    QList<IpkForm> m_forms;
};

} // namespace sinergi
