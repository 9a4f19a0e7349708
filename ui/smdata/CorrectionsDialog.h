#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QList>

class QTableWidget;

namespace sinergi {

// The correction list of a rejected batch: SMData's per-record errors (protocol section 8.3) with the local
// record each line came from (smdata::BatchRecordMap), and per dataset a button that opens exactly those
// records in the record grid (recordsRequested; MainWindow shows them, as the dashboard's click-through).
class CorrectionsDialog : public QDialog
{
    Q_OBJECT
public:
    // errors: the server's error objects; records: dataset -> local record ids of the rejected lines;
    // lineRecords: line -> local record id (0 when unknown).
    CorrectionsDialog(const QString &period, QJsonArray errors, QHash<QString, QList<qint64>> records,
                      QHash<qint64, qint64> lineRecords, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Opens the records of a dataset as the button does.
    void openRecords(const QString &dataset);

signals:
    void recordsRequested(const QString &dataset, const QList<qint64> &ids, const QString &caption);

private:
    QString m_period;
    QHash<QString, QList<qint64>> m_records;
    QTableWidget *m_table = nullptr;
};

} // namespace sinergi
