#include "CompiledValidator.h"

#include "AkiValidityRule.h"
#include "CodeListRegistry.h"
#include "DateOrderRule.h"
#include "FieldValue.h"
#include "NikRule.h"
#include "PlacedStillActiveRule.h"
#include "RecordValidator.h"
#include "ReferenceExistsRule.h"
#include "RegionCatalog.h"
#include "RequiredIfRule.h"
#include "RuleRegistry.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace sinergi {

struct CompiledValidator::Field
{
    const FieldDef *def = nullptr;
    bool hasPattern = false;
    // The pattern is "[0-9]{min}" or "[0-9]{min,max}" (most identifiers' patterns): ASCII digits of such a
    // length certainly match, without the expression (whose match() allocates per call).
    int digitsMin = -1;
    int digitsMax = -1;
    int versionColumn = -1; // code_list_version_field
    // Code fields: a region level, or a code list (resolved once when the version is fixed).
    std::optional<RegionCatalog::Level> regionLevel;
    bool fixedList = false;
    const CodeList *list = nullptr;
};

struct CompiledValidator::Rule
{
    enum class Kind { Generic, Nik, DateOrder, ReferenceExists, Aki, RequiredIf, PlacedStillActive };
    Kind kind = Kind::Generic;
    const RuleDef *def = nullptr;
    const RuleKind *impl = nullptr;
    int a = -1, b = -1, c = -1; // field columns, meaning by kind (see the constructor)
    std::vector<int> columns;   // date_order fields, aki reports
    QStringList values;         // active statuses, required_if "equals"
    QString s1, s2;             // dataset and target field of a lookup; aki: s1 = the valid-until field
    QStringList names;          // aki: the report fields, as the template names them
    bool flag = false;          // not_after_today, only_then, aki has a status, nik prefix kecamatan
    int years = 0, months = 6;
    // The columns a compiled kind reads: its slow path gets a record of just these (a rule with frequent
    // warnings, such as AK/I expiry, would otherwise build a whole record map per row). Empty: all.
    std::vector<int> reads;
};

// One row being validated: each column's text form and date, computed once and only when asked for.
struct CompiledValidator::Row
{
    struct Cell
    {
        const QVariant *value = nullptr;
        QString text; // when it is not the value's own string (see sharesValue)
        QDate date;
        bool textDone = false;
        bool sharesValue = false; // the text is the QString in value, which needs no trimming
        bool dateDone = false;
    };
    QVarLengthArray<Cell, 48> cells;
    std::optional<QVariantMap> record; // only built for the slow path

    const QVariant &value(int column) const
    {
        static const QVariant kNone;
        return column < 0 || !cells[column].value ? kNone : *cells[column].value;
    }

    // fieldvalue::text without the conversions: a QString value without spaces around it (what the
    // importer gives) is used where it is, not even reference-counted; one with spaces is trimmed.
    const QString &text(int column)
    {
        static const QString kEmpty;
        if (column < 0)
            return kEmpty;
        Cell &c = cells[column];
        if (!c.textDone) {
            c.textDone = true;
            const QVariant &v = value(column);
            if (v.typeId() == QMetaType::QString) {
                const QString &s = *static_cast<const QString *>(v.constData());
                c.sharesValue = s.isEmpty() || (!s.front().isSpace() && !s.back().isSpace());
                if (!c.sharesValue)
                    c.text = s.trimmed();
            } else {
                c.text = fieldvalue::text(v);
            }
        }
        return c.sharesValue ? *static_cast<const QString *>(c.value->constData()) : c.text;
    }

    bool isEmpty(int column)
    {
        const QVariant &v = value(column);
        return !v.isValid() || v.isNull() || text(column).isEmpty();
    }

    // fieldvalue::date: yyyy-MM-dd read by hand; anything else (or an impossible date) asks Qt, so the
    // answer is always Qt's.
    const QDate &date(int column)
    {
        static const QDate kNone;
        if (column < 0)
            return kNone;
        Cell &c = cells[column];
        if (!c.dateDone) {
            c.dateDone = true;
            const QVariant &v = value(column);
            if (v.typeId() == QMetaType::QDate) {
                c.date = v.toDate();
            } else {
                const QString &s = text(column);
                if (s.size() == 10) {
                    const auto digit = [&s](int i) { return s[i] >= u'0' && s[i] <= u'9'; };
                    const auto num = [&s](int i, int n) {
                        int r = 0;
                        for (int k = i; k < i + n; ++k)
                            r = r * 10 + (s[k].unicode() - u'0');
                        return r;
                    };
                    if (digit(0) && digit(1) && digit(2) && digit(3) && s[4] == u'-' && digit(5) &&
                        digit(6) && s[7] == u'-' && digit(8) && digit(9))
                        c.date = QDate(num(0, 4), num(5, 2), num(8, 2));
                    if (!c.date.isValid())
                        c.date = QDate::fromString(s, Qt::ISODate);
                }
            }
        }
        return c.date;
    }
};

namespace {

// Reads "[0-9]{min}" / "[0-9]{min,max}" out of an anchored template pattern (TemplateParser anchors every
// pattern with QRegularExpression::anchoredPattern); leaves min/max at -1 for any other pattern.
void digitRun(const QString &anchored, int &min, int &max)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(uR"re(\\A\(\?:\[0-9\]\{(\d+)(?:,(\d+))?\}\)\\z)re"_qs));
    const QRegularExpressionMatch m = shape.match(anchored);
    if (!m.hasMatch())
        return;
    min = m.captured(1).toInt();
    max = m.hasCaptured(2) ? m.captured(2).toInt() : min;
}

// Whether text is min..max ASCII digits (min < 0: no such pattern).
bool digitsOfLength(QStringView text, int min, int max)
{
    if (min < 0 || text.size() < min || text.size() > max)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

namespace {

bool inList(const QStringList &list, const QString &value)
{
    for (const QString &v : list)
        if (v == value)
            return true;
    return false;
}

std::optional<RegionCatalog::Level> regionLevel(const QString &codeList)
{
    if (codeList == u"wilayah_provinsi")
        return RegionCatalog::Level::Province;
    if (codeList == u"wilayah_kabkota")
        return RegionCatalog::Level::Regency;
    if (codeList == u"wilayah_kecamatan")
        return RegionCatalog::Level::District;
    if (codeList == u"wilayah_desa")
        return RegionCatalog::Level::Village;
    return std::nullopt;
}

bool asciiDigits(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

// FieldValidator::isValidPhone for the usual spellings (digits, '+', ASCII space, - . ( )); false means
// "ask the original", never "invalid".
bool plainValidPhone(const QString &text)
{
    QVarLengthArray<char16_t, 32> s;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')')
            continue;
        if (!(c == u'+' || (c >= u'0' && c <= u'9')))
            return false;
        s.append(c);
    }
    qsizetype start = 0;
    if (s.size() >= 3 && s[0] == u'+' && s[1] == u'6' && s[2] == u'2')
        start = 3;
    else if (s.size() >= 2 && s[0] == u'6' && s[1] == u'2')
        start = 2;
    else if (s.size() >= 1 && s[0] == u'0')
        start = 1;
    else
        return false;
    if (start == s.size())
        return false;
    for (qsizetype i = start; i < s.size(); ++i)
        if (s[i] < u'0' || s[i] > u'9')
            return false;
    const qsizetype digits = s.size() - (s[0] == u'+' ? 1 : 0);
    return digits >= 9 && digits <= 15;
}

} // namespace

CompiledValidator::CompiledValidator(const RecordValidator &validator, const DatasetTemplate &tpl,
                                     const RuleContext &context)
    : m_validator(validator), m_tpl(tpl), m_context(context)
{
    const auto column = [&tpl](const QString &name) {
        if (name.isEmpty())
            return -1;
        const QList<FieldDef> &fields = tpl.fields();
        for (qsizetype i = 0; i < fields.size(); ++i)
            if (fields[i].name == name)
                return int(i);
        return -1;
    };
    const CodeListRegistry *codeLists = validator.fields().codeLists();
    for (const FieldDef &def : tpl.fields()) {
        Field f;
        f.def = &def;
        f.hasPattern = def.pattern.isValid() && !def.pattern.pattern().isEmpty();
        if (f.hasPattern)
            digitRun(def.pattern.pattern(), f.digitsMin, f.digitsMax);
        f.versionColumn = column(def.codeListVersionField);
        if (def.type == FieldType::Code) {
            f.regionLevel = regionLevel(def.codeList);
            // Without a version field the list is the same for every row.
            if (!f.regionLevel && f.versionColumn < 0 && codeLists) {
                f.fixedList = true;
                f.list = codeLists->find(def.codeList, def.codeListVersion);
            }
        }
        m_fields.push_back(f);
    }

    for (const RuleDef &def : tpl.rules()) {
        Rule r;
        r.def = &def;
        r.impl = validator.rules().find(def.kind);
        if (!r.impl)
            continue; // RecordValidator skips it too
        // Only the standard implementations are compiled; another kind of the same name stays generic.
        if (dynamic_cast<const NikRule *>(r.impl)) {
            r.kind = Rule::Kind::Nik;
            r.a = column(def.param(u"nik"_qs));
            r.b = column(def.param(u"sex"_qs));
            r.c = column(def.param(u"birth_date"_qs));
            r.flag = def.param(u"prefix"_qs) == u"kecamatan";
        } else if (dynamic_cast<const DateOrderRule *>(r.impl)) {
            r.kind = Rule::Kind::DateOrder;
            for (const QString &name : strings(def.params.value(u"fields")))
                r.columns.push_back(column(name));
            r.flag = def.params.value(u"not_after_today").toBool();
        } else if (dynamic_cast<const ReferenceExistsRule *>(r.impl)) {
            r.kind = Rule::Kind::ReferenceExists;
            r.a = column(def.param(u"field"_qs));
            r.s1 = def.param(u"dataset"_qs);
            r.s2 = def.param(u"target_field"_qs);
        } else if (dynamic_cast<const AkiValidityRule *>(r.impl)) {
            r.kind = Rule::Kind::Aki;
            r.a = column(def.param(u"registered"_qs));
            r.b = column(def.param(u"valid_until"_qs));
            r.c = column(def.param(u"status"_qs));
            r.s1 = def.param(u"valid_until"_qs);
            r.flag = def.params.contains(u"status");
            r.values = strings(def.params.value(u"active_statuses"));
            r.years = def.params.value(u"years").toInt();
            r.months = def.params.value(u"report_months").toInt(6);
            r.names = strings(def.params.value(u"reports"));
            for (const QString &name : std::as_const(r.names))
                r.columns.push_back(column(name));
        } else if (dynamic_cast<const RequiredIfRule *>(r.impl)) {
            r.kind = Rule::Kind::RequiredIf;
            r.a = column(def.param(u"field"_qs));
            r.b = column(def.param(u"when_field"_qs));
            r.values = strings(def.params.value(u"equals"));
            r.flag = def.params.value(u"only_then").toBool();
        } else if (dynamic_cast<const PlacedStillActiveRule *>(r.impl)) {
            r.kind = Rule::Kind::PlacedStillActive;
            r.a = column(def.param(u"key"_qs));
            r.b = column(def.param(u"status"_qs));
            r.values = strings(def.params.value(u"active_statuses"));
            r.s1 = def.param(u"placements"_qs);
            r.s2 = def.param(u"placement_field"_qs);
        }
        if (r.kind != Rule::Kind::Generic) {
            for (const int c : {r.a, r.b, r.c})
                if (c >= 0)
                    r.reads.push_back(c);
            for (const int c : r.columns)
                if (c >= 0)
                    r.reads.push_back(c);
        }
        m_rules.push_back(std::move(r));
    }

    // The context's province codes as a table of two-digit prefixes, and the office regency's digits.
    if (context.regions) {
        m_provinces.emplace();
        m_provinces->fill(false);
        for (const QString &code : context.regions->provinceCodes())
            if (code.size() == 2 && asciiDigits(code))
                (*m_provinces)[code.toInt()] = true;
        m_anyProvince = !context.regions->provinceCodes().isEmpty();
    }
    m_regency = QString(context.officeRegency).remove(u'.');
    m_checkRegency = m_regency.size() == 4;
}

CompiledValidator::~CompiledValidator() = default;

bool CompiledValidator::fieldOk(const Field &f, Row &row, int column) const
{
    const FieldDef &def = *f.def;
    const QString &text = row.text(column);
    if (text.isEmpty())
        return !def.required;

    switch (def.type) {
    case FieldType::Text: {
        const auto length = text.size();
        if ((def.minLength && length < *def.minLength) || (def.maxLength && length > *def.maxLength))
            return false;
        break;
    }
    case FieldType::Integer: {
        // ^-?[0-9]{1,15}$ by hand; a '+' or anything unusual goes to the original.
        qsizetype i = text.front() == u'-' ? 1 : 0;
        const qsizetype digits = text.size() - i;
        if (digits < 1 || digits > 15)
            return false;
        qint64 n = 0;
        for (; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            n = n * 10 + (c - u'0');
        }
        const double number = double(text.front() == u'-' ? -n : n);
        if ((def.minimum && number < *def.minimum) || (def.maximum && number > *def.maximum))
            return false;
        break;
    }
    case FieldType::Decimal: {
        bool ok = false;
        const double number = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(number) || (def.minimum && number < *def.minimum) ||
            (def.maximum && number > *def.maximum))
            return false;
        break;
    }
    case FieldType::Date: {
        const QDate &d = row.date(column);
        if (!d.isValid() || (def.minDate && d < *def.minDate) || (def.maxDate && d > *def.maxDate) ||
            (def.dateMaxToday && d > m_validator.fields().today()))
            return false;
        break;
    }
    case FieldType::Bool:
        if (!(row.value(column).typeId() == QMetaType::Bool || text == u"true" || text == u"false" ||
              text == u"1" || text == u"0"))
            return false;
        break;
    case FieldType::Code:
        break;
    case FieldType::Nik:
        if (text.size() != 16 || !asciiDigits(text))
            return false;
        break;
    case FieldType::Phone:
        if (!plainValidPhone(text))
            return false;
        break;
    case FieldType::Email:
        if (!FieldValidator::isValidEmail(text))
            return false;
        break;
    }
    if (f.hasPattern && !digitsOfLength(text, f.digitsMin, f.digitsMax) &&
        !def.pattern.match(text).hasMatch())
        return false;

    if (def.type == FieldType::Code) {
        if (f.regionLevel) {
            const RegionCatalog *regions = m_validator.fields().regions();
            if (!regions)
                return true;
            // Current codes only; a retired or unknown one goes to FieldValidator for its message.
            return regions->isCurrent(text, *f.regionLevel);
        }
        const CodeListRegistry *codeLists = m_validator.fields().codeLists();
        if (!codeLists)
            return true;
        const CodeList *list = f.list;
        if (!f.fixedList) {
            const QString &version = row.text(f.versionColumn);
            list = codeLists->find(def.codeList, version.isEmpty() ? def.codeListVersion : version);
        }
        return list && list->contains(text);
    }
    return true;
}

bool CompiledValidator::ruleOk(const Rule &r, Row &row) const
{
    const RuleContext &ctx = m_context;
    switch (r.kind) {
    case Rule::Kind::Generic:
        return false;
    case Rule::Kind::Nik: {
        const QString &nik = row.text(r.a);
        if (nik.isEmpty())
            return true;
        if (nik.size() != 16 || !asciiDigits(nik))
            return false;
        const auto num = [&nik](int at, int n) {
            int v = 0;
            for (int k = at; k < at + n; ++k)
                v = v * 10 + (nik[k].unicode() - u'0');
            return v;
        };
        if (m_provinces && m_anyProvince && !(*m_provinces)[num(0, 2)])
            return false;
        if (num(12, 4) == 0)
            return false; // serial 0000
        // NikRule::decode, on the digits.
        const QDate &birth = row.date(r.c);
        int day = num(6, 2);
        const int month = num(8, 2), yy = num(10, 2);
        const QChar sex = day > 40 ? u'P' : u'L';
        if (day > 40)
            day -= 40;
        const QDate &today = ctx.today;
        const int year =
            birth.isValid() && birth.year() % 100 == yy
                ? birth.year()
                : (yy <= today.year() % 100 ? (today.year() / 100) * 100 : (today.year() / 100 - 1) * 100) +
                      yy;
        const QDate decoded(year, month, day);
        if (!decoded.isValid())
            return false;
        const QString &sexText = row.text(r.b);
        if (!sexText.isEmpty() && sexText != sex)
            return false;
        if (birth.isValid() && birth != decoded)
            return false;
        if (ctx.regions && r.flag && !ctx.regions->isKnownNikPrefix(nik))
            return false;
        if (m_checkRegency && !nik.startsWith(m_regency))
            return false; // a warning
        return true;
    }
    case Rule::Kind::DateOrder: {
        QDate previous;
        for (const int column : r.columns) {
            const QDate &d = row.date(column);
            if (!d.isValid())
                continue;
            if ((previous.isValid() && d < previous) || (r.flag && d > ctx.today))
                return false;
            previous = d;
        }
        return true;
    }
    case Rule::Kind::ReferenceExists:
        return !ctx.exists || row.isEmpty(r.a) || ctx.exists(r.s1, r.s2, row.value(r.a));
    case Rule::Kind::Aki: {
        Counts counts;
        akiFindings(r, row, nullptr, counts);
        return counts.errors + counts.warnings == 0;
    }
    case Rule::Kind::RequiredIf: {
        const bool matches = inList(r.values, row.text(r.b));
        const bool empty = row.isEmpty(r.a);
        return !(matches && empty) && !(!matches && !empty && r.flag);
    }
    case Rule::Kind::PlacedStillActive:
        return !ctx.exists || row.isEmpty(r.a) || !inList(r.values, row.text(r.b)) ||
               !ctx.exists(r.s1, r.s2, row.value(r.a));
    }
    return false;
}

namespace {

void countOne(CompiledValidator::Counts &counts, Problem::Severity severity)
{
    ++(severity == Problem::Severity::Error ? counts.errors : counts.warnings);
}

void countAll(CompiledValidator::Counts &counts, const Problems &found)
{
    for (const Problem &p : found)
        countOne(counts, p.severity);
}

} // namespace

// AkiValidityRule::check on the row's cells: this rule warns on most cards of a real register (expired,
// report due), so its findings are built here rather than through a record map and JSON parameters per row,
// and their messages only when someone asks for them. Same order, fields, severities and texts as the
// original (test_compiled_validation compares them).
void CompiledValidator::akiFindings(const Rule &r, Row &row, Problems *problems, Counts &counts) const
{
    const auto add = [&](const QString &field, Problem::Severity severity, const auto &message) {
        countOne(counts, severity);
        if (problems)
            problems->append({field, r.def->id, message(), severity});
    };
    const QDate &registered = row.date(r.a);
    if (!registered.isValid())
        return;
    const QDate &validUntil = row.date(r.b);
    const QDate expected = registered.addYears(r.years);
    if (validUntil.isValid() && validUntil != expected)
        add(r.s1, Problem::Severity::Error,
            [&] { return AkiValidityRule::validityMessage(r.years, expected); });
    if (r.flag && !inList(r.values, row.text(r.c)))
        return; // not active: nothing else to say
    const QDate end = validUntil.isValid() ? validUntil : expected;
    if (m_context.today > end) {
        add(r.s1, Problem::Severity::Warning, [&] { return AkiValidityRule::expiredMessage(end); });
        return;
    }
    if (r.columns.empty())
        return;
    int due = 0;
    const int reports = int(r.columns.size());
    while (due < reports && registered.addMonths(r.months * (due + 1)) <= m_context.today)
        ++due;
    int made = 0;
    for (const int column : r.columns)
        made += row.date(column).isValid() ? 1 : 0;
    if (made < due)
        add(r.names.at(made), Problem::Severity::Warning, [&] {
            return AkiValidityRule::reportDueMessage(made + 1, registered.addMonths(r.months * (made + 1)));
        });
}

Problems CompiledValidator::validate(std::span<const QVariant *const> values) const
{
    Problems problems;
    Counts counts;
    run(values, &problems, counts);
    return problems;
}

CompiledValidator::Counts CompiledValidator::count(std::span<const QVariant *const> values) const
{
    Counts counts;
    run(values, nullptr, counts);
    return counts;
}

// Findings other than the AK/I rule's are built by the original checks either way (only for a field or
// rule whose fast test did not pass), then counted, and kept when `problems` is given.
void CompiledValidator::run(std::span<const QVariant *const> values, Problems *problems, Counts &counts) const
{
    Row row;
    row.cells.resize(qsizetype(m_fields.size()));
    for (size_t i = 0; i < m_fields.size() && i < values.size(); ++i)
        row.cells[qsizetype(i)].value = values[i] && values[i]->isValid() ? values[i] : nullptr;

    const auto take = [&](const Problems &found) {
        countAll(counts, found);
        if (problems)
            *problems += found;
    };
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const Field &f = m_fields[i];
        if (!fieldOk(f, row, int(i)))
            take(m_validator.fields().validate(*f.def, row.value(int(i)), row.text(f.versionColumn)));
    }
    for (const Rule &r : m_rules) {
        if (r.kind == Rule::Kind::Aki) {
            akiFindings(r, row, problems, counts);
            continue;
        }
        if (ruleOk(r, row))
            continue;
        if (!r.reads.empty()) {
            QVariantMap record;
            for (const int c : r.reads)
                if (row.cells[c].value)
                    record.insert(m_fields[size_t(c)].def->name, *row.cells[c].value);
            take(r.impl->check(*r.def, record, m_context));
            continue;
        }
        if (!row.record) {
            row.record.emplace();
            for (size_t i = 0; i < m_fields.size(); ++i)
                if (row.cells[qsizetype(i)].value)
                    row.record->insert(m_fields[i].def->name, *row.cells[qsizetype(i)].value);
        }
        take(r.impl->check(*r.def, *row.record, m_context));
    }
}

} // namespace sinergi
