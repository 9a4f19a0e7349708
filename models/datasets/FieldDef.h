#pragma once

#include "FieldType.h"
#include "LocalizedText.h"
#include "SharePolicy.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace sinergi {

// One column of a dataset, as a template declares it. Plain data: TemplateParser fills it, FieldValidator,
// the record grid, the import mapping and the batch builder read it.
struct FieldDef
{
    QString name; // column name, [a-z][a-z0-9_]*
    FieldType type = FieldType::Text;
    bool required = false;
    bool pii = false;
    SharePolicy share = SharePolicy::Send;
    // For SharePolicy::Minimise: "year" (dates) or "prefix:N" (keep the first N characters).
    QString minimiseTo;
    LocalizedText labels;

    // Whole-value pattern (anchored by the parser), checked on the text form of the value.
    QRegularExpression pattern;
    // Numeric range for integer/decimal; length range for text.
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    // Date range; dateMaxToday means "not in the future" (evaluated when validating, not when parsing).
    std::optional<QDate> minDate;
    std::optional<QDate> maxDate;
    bool dateMaxToday = false;

    // Code fields: the list id, and either a fixed list version or the field that holds the version
    // (KBLI codes are only meaningful with their classification version, so the record stores both).
    QString codeList;
    QString codeListVersion;
    QString codeListVersionField;

    QString label(const QString &language) const { return labels.text(language); }
};

} // namespace sinergi
