#pragma once

#include "datasets/Problem.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QTimer;

namespace sinergi {

class DatasetTemplate;
struct FieldDef;
class FieldEditor;
class RecordsContext;

// The form editor for one whole record, generated from its dataset template: one editor per field
// (FieldEditor picks it by type), labels from the template in the UI language, grouped in a scroll area.
// What validation finds (RecordService::validate, the same checks a save runs) is shown beside each
// field while typing. Save creates the record or updates only the edited fields, guarded by the version
// the record had when the form opened (a change by someone else meanwhile is a Conflict, not an
// overwrite). Records with problems can still be saved: an officer must be able to keep an incomplete card.
// Without EditRecords the form only shows the record; PII is masked without ViewPii, and an unmasked view
// of a record's PII is audited.
class RecordFormDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0: a new record. regency: scope of the kecamatan picker when the office setting is absent.
    RecordFormDialog(RecordsContext &context, const QString &dataset, qint64 id, const QString &regency = {},
                     QWidget *parent = nullptr);
    ~RecordFormDialog() override;

    qint64 recordId() const { return m_id; }
    bool isReadOnly() const { return m_readOnly; }
    FieldEditor *editor(const QString &field) const { return m_editors.value(field); }
    // The problem text shown beside a field ("" when none).
    QString problemText(const QString &field) const;
    Problems problems() const { return m_problems; }
    // Runs validation now (it otherwise runs shortly after typing stops).
    void validateNow();

    void accept() override; // saves; stays open (after saying why) when the save fails
    void reject() override; // asks before throwing typed values away

signals:
    void saved(qint64 id);

private:
    void build();
    void load();
    void updateDependentChoices(const QString &changedField);
    QVariantMap currentRecord() const;
    QVariantMap changes() const;
    QString scopeFor(const FieldDef &field) const;
    void showProblems();

    RecordsContext &m_context;
    const DatasetTemplate &m_tpl;
    QString m_language;
    qint64 m_id = 0;
    qint64 m_version = -1;
    bool m_readOnly = false;
    bool m_piiVisible = false;
    QString m_regency;
    QVariantMap m_original;
    Problems m_problems;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_problemLabels;
    QLabel *m_header = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_validateTimer = nullptr;
};

} // namespace sinergi
