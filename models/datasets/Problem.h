#pragma once

#include <QList>
#include <QString>

namespace sinergi {

// One validation finding. ruleId is stable (a field check such as "required", or the id a template gave
// a rule) so the problems panel can group by it; message is translated and meant for the user.
struct Problem
{
    enum class Severity { Error, Warning };

    QString field;
    QString ruleId;
    QString message;
    Severity severity = Severity::Error;

    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

} // namespace sinergi
