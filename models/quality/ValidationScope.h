#pragma once

#include <QStringList>

namespace sinergi {

class RuleRegistry;
class TemplateRegistry;

// Which datasets to validate again after a dataset's rows changed in bulk (an import): the dataset itself
// and every dataset with a rule that looks values up in it (a placement's job seeker must exist; a job
// seeker with a placement must not be active). Their stored problems can only be current if they are
// re-checked against the new rows too. Kinds come from the registry's lookups(), so a new cross-dataset
// rule kind is covered without touching this.
QStringList datasetsAffectedBy(const TemplateRegistry &templates, const RuleRegistry &rules,
                               const QString &changedDataset);

} // namespace sinergi
