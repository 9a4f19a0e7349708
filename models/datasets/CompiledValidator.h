#pragma once

#include "DatasetTemplate.h"
#include "Problem.h"
#include "RuleContext.h"

#include <QVariant>

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace sinergi {

class CodeList;
class RecordValidator;
class RuleKind;

// RecordValidator for bulk work (the importer's workers, the full-validation job): the template, its rule
// parameters and the context are resolved once, to column indexes and parsed values, and a row is given as
// one value per template field instead of a QVariantMap.
//
// Each field check and rule first runs a fast test that only answers "certainly no problem" (on the
// row's own strings, without allocating); anything else goes to the original FieldValidator / RuleKind for
// that one field or rule, which builds the Problems. So the result is, by construction, exactly what
// RecordValidator::validate gives (same problems, order, severities and translated messages), and message
// text is only built for a row that has a problem. tst_compiledvalidator compares both on datagen rows.
//
// The validator, template and context must outlive this object. validate() is const and thread-safe.
class CompiledValidator
{
public:
    CompiledValidator(const RecordValidator &validator, const DatasetTemplate &tpl,
                      const RuleContext &context);
    ~CompiledValidator();
    CompiledValidator(const CompiledValidator &) = delete;
    CompiledValidator &operator=(const CompiledValidator &) = delete;

    const DatasetTemplate &dataset() const { return m_tpl; }

    // values[i] is the value of tpl.fields()[i] (typed or text, as RecordValidator accepts); nullptr or an
    // invalid QVariant = absent. values.size() must be tpl.fields().size().
    Problems validate(std::span<const QVariant *const> values) const;

    // How many errors and warnings validate() would give, for callers that store only the counts (a bulk
    // import): the AK/I rule, which finds something on most cards of a real register, then builds no
    // message; every other finding still goes through the original checks (they are rare).
    struct Counts
    {
        int errors = 0;
        int warnings = 0;
    };
    Counts count(std::span<const QVariant *const> values) const;

    struct Field;
    struct Rule;
    struct Row;

private:
    bool fieldOk(const Field &f, Row &row, int column) const;
    bool ruleOk(const Rule &r, Row &row) const;
    // The findings of the AK/I rule are counted, and appended to `problems` unless it is null.
    void akiFindings(const Rule &r, Row &row, Problems *problems, Counts &counts) const;
    void run(std::span<const QVariant *const> values, Problems *problems, Counts &counts) const;

    const RecordValidator &m_validator;
    const DatasetTemplate &m_tpl;
    const RuleContext &m_context;
    std::vector<Field> m_fields;
    std::vector<Rule> m_rules;
    std::optional<std::array<bool, 100>> m_provinces; // two-digit province prefixes (when regions are known)
    bool m_anyProvince = false;
    QString m_regency; // office regency without dots ("3373")
    bool m_checkRegency = false;
};

} // namespace sinergi
