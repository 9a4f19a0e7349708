#include "CorrectionsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sinergi {

CorrectionsDialog::CorrectionsDialog(const QString &period, QJsonArray errors,
                                     QHash<QString, QList<qint64>> records, QHash<qint64, qint64> lineRecords,
                                     QWidget *parent)
    : QDialog(parent), m_period(period), m_records(std::move(records))
{
    setObjectName(u"correctionsDialog"_qs);
    setWindowTitle(tr("Corrections for %1").arg(period));
    resize(900, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("SMData rejected the batch because of these records. Nothing of the batch was "
                      "taken. Correct the records, then build and send a new batch for the period."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(errors.size()), 6, this);
    m_table->setObjectName(u"correctionsTable"_qs);
    m_table->setHorizontalHeaderLabels(
        {tr("Dataset"), tr("Line"), tr("Record"), tr("Field"), tr("Check"), tr("Message")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < errors.size(); ++i) {
        const QJsonObject e = errors.at(i).toObject();
        const qint64 line = e.value(u"line"_qs).toInteger();
        const qint64 record = lineRecords.value(line);
        const QStringList cells{e.value(u"dataset"_qs).toString(),
                                QString::number(line),
                                record > 0 ? QString::number(record) : tr("(not a record)"),
                                e.value(u"field"_qs).toString(),
                                e.value(u"code"_qs).toString(),
                                e.value(u"message"_qs).toString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QStringList datasets = m_records.keys();
    datasets.sort();
    for (const QString &dataset : std::as_const(datasets)) {
        auto *open = buttons->addButton(
            tr("Open %n %1 record(s)", nullptr, int(m_records.value(dataset).size())).arg(dataset),
            QDialogButtonBox::ActionRole);
        open->setObjectName(u"openRecords_"_qs + dataset);
        connect(open, &QPushButton::clicked, this, [this, dataset] { openRecords(dataset); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void CorrectionsDialog::openRecords(const QString &dataset)
{
    emit recordsRequested(dataset, m_records.value(dataset), tr("Rejected by SMData (%1)").arg(m_period));
    accept();
}

} // namespace sinergi
