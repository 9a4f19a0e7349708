#include "RowConverter.h"

#include "datasets/DatasetTemplate.h"
#include "records/RecordTable.h"

#include <algorithm>
#include <numeric>

namespace sinergi {

namespace {

// A text field whose pattern allows only digits (a NIP, a KBJI code) is an identifier too.
bool digitsOnlyPattern(const FieldDef &f)
{
    const QString p = f.pattern.pattern();
    return !p.isEmpty() && p.contains(u"[0-9]") && !p.contains(u"[a-z") && !p.contains(u"[A-Z");
}

// ExcelPitfalls::stripLeadingApostrophe(value.trimmed()).trimmed(), as a view of the value: no copy and
// no reference counting for what is, in a bulk import, every cell of every row.
QStringView cellTextView(const QString &value)
{
    // Printable ASCII at both ends (no space, no apostrophe first) is the usual cell: nothing to cut, and
    // no call into Qt's trimming to find that out.
    const auto plain = [](QChar c) { return c.unicode() > u' ' && c.unicode() < 0x80; };
    if (!value.isEmpty() && plain(value.front()) && plain(value.back()) && value.front() != u'\'')
        return value;
    QStringView text = QStringView(value).trimmed();
    if (text.startsWith(u'\''))
        text = text.sliced(1).trimmed();
    return text;
}

// The view as a QString: the value itself (shared) when nothing was cut from it, which is nearly always.
QString textOf(const QString &value, QStringView view)
{
    return view.size() == value.size() ? value : view.toString();
}

bool isTrimmed(const QString &text)
{
    return text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
}

// recordtable::toStorage(field, text) without its conversions for the types stored as text: text that is
// already trimmed and not empty is what toStorage would return, so the QVariant shares it. The other types
// (and a mapped value that is empty or has spaces around it) go through toStorage itself.
QVariant storageValue(const FieldDef &field, const QString &text)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Code:
    case FieldType::Nik:
    case FieldType::Phone:
    case FieldType::Email:
        if (!text.isEmpty() && isTrimmed(text))
            return text;
        break;
    default:
        break;
    }
    return recordtable::toStorage(field, text);
}

} // namespace

RowConverter::RowConverter(const DatasetTemplate &tpl, const ColumnMapping &mapping, bool date1904)
    : m_date1904(date1904)
{
    for (const ColumnMapping::Column &c : mapping.columns()) {
        Target t;
        t.field = tpl.field(c.field);
        t.source = c.source;
        t.transform = c.transform;
        t.identifier = t.field->type == FieldType::Nik || t.field->type == FieldType::Phone ||
                       tpl.naturalKey().contains(c.field) || digitsOnlyPattern(*t.field);
        m_targets.push_back(t);
    }
    m_byName.resize(m_targets.size());
    std::iota(m_byName.begin(), m_byName.end(), size_t(0));
    std::stable_sort(m_byName.begin(), m_byName.end(), [this](size_t a, size_t b) {
        return m_targets[a].field->name < m_targets[b].field->name;
    });
}

void RowConverter::setDateOrder(const QString &field, ExcelPitfalls::DateOrder order)
{
    for (Target &t : m_targets)
        if (t.field->name == field)
            t.order = order;
}

QString RowConverter::cellText(const TabularCell &cell)
{
    return textOf(cell.value, cellTextView(cell.value));
}

QVariant RowConverter::dateValue(const Target &t, const QString &text, QStringList &reasons) const
{
    using F = ColumnTransform::DateFormat;
    using O = ExcelPitfalls::DateOrder;
    // Fast path for what most files hold (and what the XLSX reader writes for date cells): yyyy-MM-dd.
    // Avoids two regular expressions and QDate::toString per date, a tenth of a bulk import's time.
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' &&
        t.transform.dateFormat != F::MonthFirst) {
        bool okY = false, okM = false, okD = false;
        const QDate iso(QStringView(text).left(4).toInt(&okY), QStringView(text).mid(5, 2).toInt(&okM),
                        QStringView(text).mid(8, 2).toInt(&okD));
        if (okY && okM && okD && iso.isValid())
            return text;
    }
    std::optional<QDate> d;
    switch (t.transform.dateFormat) {
    case F::Auto:
        d = ExcelPitfalls::parseDate(text, t.order, true, m_date1904);
        break;
    case F::DayFirst:
        d = ExcelPitfalls::parseDate(text, O::DayFirst, false);
        break;
    case F::MonthFirst:
        d = ExcelPitfalls::parseDate(text, O::MonthFirst, false);
        break;
    case F::Iso:
        if (text.size() >= 10 && text.at(4) == u'-')
            d = ExcelPitfalls::parseDate(text, O::DayFirst, false);
        break;
    case F::ExcelSerial:
        d = ExcelPitfalls::parseDate(text, O::DayFirst, true, m_date1904);
        break;
    }
    if (d)
        return d->toString(Qt::ISODate);
    reasons << tr("%1: \"%2\" is not a date in the expected format (%3).")
                   .arg(t.field->name, text, ColumnTransform::dateFormatName(t.transform.dateFormat));
    return {};
}

void RowConverter::convert(const QList<TabularCell> &cells, Result &out) const
{
    out.values.assign(m_targets.size(), QVariant());
    out.rejectReasons.clear();
    static const TabularCell kEmpty;
    for (size_t i = 0; i < m_targets.size(); ++i) {
        const Target &t = m_targets[i];
        const TabularCell &cell = t.source < cells.size() ? cells.at(t.source) : kEmpty;
        const QStringView view = cellTextView(cell.value);
        if (view.isEmpty())
            continue;
        QString text = textOf(cell.value, view);
        if (t.identifier) {
            const QString lost = ExcelPitfalls::digitsLostReason(text, cell.kind == CellKind::Number);
            if (!lost.isEmpty()) {
                out.rejectReasons << t.field->name + u": "_qs + lost;
                continue;
            }
        }
        if (!t.transform.values.isEmpty())
            text = t.transform.mapValue(text);
        QVariant stored;
        if (t.field->type == FieldType::Date)
            stored = dateValue(t, text, out.rejectReasons);
        else
            stored = storageValue(*t.field, text);
        if (stored.isValid())
            out.values[i] = std::move(stored);
    }
    if (m_fillRecord)
        fillRecord(out);
}

// The record by field name, for validation. The map of the row this Result held before is updated in
// place, walking it in key order next to the targets sorted by name: rows mostly fill the same fields,
// so this reuses the map's nodes instead of allocating and freeing one per field and row (which, with the
// lookups of an unordered insert, was a tenth of a bulk import).
void RowConverter::fillRecord(Result &out) const
{
    QVariantMap &record = out.record;
    auto it = record.begin();
    for (const size_t i : m_byName) {
        const QString &name = m_targets[i].field->name;
        const QVariant &value = out.values[i];
        // The keys are copies of the same FieldDef names: equal data pointers answer without comparing text.
        const auto same = [&name](const QString &key) { return key.constData() == name.constData(); };
        while (it != record.end() && !same(it.key()) && it.key() < name)
            it = record.erase(it); // a field this mapping does not fill (a Result reused across imports)
        const bool present = it != record.end() && (same(it.key()) || it.key() == name);
        if (value.isValid()) {
            if (present)
                it.value() = value;
            else
                it = record.insert(it, name, value);
            ++it;
        } else if (present) {
            it = record.erase(it);
        }
    }
    while (it != record.end())
        it = record.erase(it);
}

} // namespace sinergi
