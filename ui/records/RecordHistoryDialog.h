#pragma once

#include "records/HistoryEntry.h"

#include <QDialog>

#include <memory>

namespace sinergi {

class DatasetTemplate;
class RecordsContext;

namespace Ui {
class RecordHistoryDialog;
}

// One record's history (RecordService::history): time, user, action and, per changed field, old -> new.
// One table row per field change, so a long edit reads like a list. "Undo this change" reverts the selected
// entry through RecordService::undo, which refuses (Conflict) when a field was changed again since; the
// reason is shown in the dialog. Without ViewPii the values of PII fields are masked here too.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    RecordHistoryDialog(RecordsContext &context, const QString &dataset, qint64 id,
                        QWidget *parent = nullptr);
    ~RecordHistoryDialog() override;

    void reload();
    int rowCount() const;
    // The table text of a row: time, user, action, field, change.
    QStringList rowText(int row) const;
    // Selects the table row (tests; the newest entry is the last row).
    void selectRow(int row);
    QString errorText() const;
    // Reverts the selected entry; true on success.
    bool undoSelected();

signals:
    // A change was undone: the grid must re-read the record.
    void recordChanged();

private:
    QString actionText(const HistoryEntry &entry) const;
    QString valueText(const QString &field, const QVariant &value) const;
    void updateButtons();

    std::unique_ptr<Ui::RecordHistoryDialog> m_ui;
    RecordsContext &m_context;
    const DatasetTemplate &m_tpl;
    QString m_language;
    qint64 m_id = 0;
    QList<HistoryEntry> m_entries;
};

} // namespace sinergi
