#include "ProblemRecordLabel.h"

#include "datasets/DatasetTemplate.h"
#include "records/PiiMask.h"

namespace sinergi {

namespace {

QString textOf(const QVariant &value)
{
    return value.isNull() || !value.isValid() ? QString() : value.toString();
}

// The person's (or company's, programme's) name: "nama" where the dataset has it, else its first name field.
const FieldDef *nameField(const DatasetTemplate &tpl)
{
    if (const FieldDef *f = tpl.field(u"nama"_qs); f && piimask::isNameField(*f))
        return f;
    for (const FieldDef &f : tpl.fields())
        if (piimask::isNameField(f))
            return &f;
    return nullptr;
}

} // namespace

ProblemRecordLabel::ProblemRecordLabel(const DatasetTemplate &tpl, bool piiVisible) : m_piiVisible(piiVisible)
{
    for (const QString &name : tpl.naturalKey())
        if (const FieldDef *f = tpl.field(name))
            m_fields << f;
    m_keyCount = m_fields.size();
    if (const FieldDef *name = nameField(tpl); name && !m_fields.contains(name))
        m_fields << name;
}

QStringList ProblemRecordLabel::piiFields() const
{
    QStringList out;
    for (const FieldDef *f : m_fields)
        if (f->pii)
            out << f->name;
    return out;
}

QString ProblemRecordLabel::format(qint64 recordId, const QVariantList &values) const
{
    QStringList key;
    bool keyComplete = m_keyCount > 0;
    QString name;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const FieldDef &f = *m_fields.at(i);
        const QVariant value = values.value(i);
        QString text = textOf(value);
        // A NIK keeps its kecamatan digits and a name its initial; any other masked value keeps nothing,
        // and "•••" tells no record from another.
        if (!text.isEmpty() && f.pii && !m_piiVisible)
            text = f.type == FieldType::Nik || piimask::isNameField(f) ? piimask::mask(f, value) : QString();
        if (i >= m_keyCount)
            name = text;
        else if (text.isEmpty())
            keyComplete = false;
        else
            key << text;
    }
    // A part of the key missing or hidden: the id is what still tells the record apart.
    const QString label = keyComplete ? key.join(u" / "_qs) : tr("Record %1").arg(recordId);
    return name.isEmpty() ? label : label + u" — "_qs + name;
}

bool ProblemRecordLabel::disclosesPii(const QVariantList &values) const
{
    if (!m_piiVisible)
        return false;
    for (qsizetype i = 0; i < m_fields.size() && i < values.size(); ++i)
        if (m_fields.at(i)->pii && !textOf(values.at(i)).isEmpty())
            return true;
    return false;
}

} // namespace sinergi
