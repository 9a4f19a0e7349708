#include "ReadinessDialog.h"

#include "common/Background.h"
#include "reports/ReportPeriod.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sinergi {

using namespace smdata;

namespace {

enum Column { kData, kSent, kFromOtherMonths, kWithheld, kNote, kColumns };

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &label, const QString &sent,
                        const QString &other, const QString &withheld, const QString &note)
{
    auto *item = new QTreeWidgetItem(parent, QStringList{label, sent, other, withheld, note});
    for (int c : {kSent, kFromOtherMonths, kWithheld})
        item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(kNote, note);
    return item;
}

// What the user reads for an error: the core's own sentence when it wrote one for this case.
QString messageOf(const Error &e)
{
    if ((e.code() == ErrorCode::PolicyViolation || e.code() == ErrorCode::InvalidArgument) &&
        !e.detail().isEmpty())
        return e.detail();
    return e.userMessage();
}

} // namespace

ReadinessDialog::ReadinessDialog(Session &session, const QString &month, QWidget *parent)
    : QDialog(parent), m_session(session), m_month(month)
{
    QString periodLabel = month;
    try {
        periodLabel = ReportPeriod::parse(month).label();
    } catch (const Error &) {
    }
    setWindowTitle(tr("SMData batch for %1").arg(periodLabel));
    resize(980, 600);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Preparing the batch for %1…").arg(periodLabel), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e; font-weight: bold;"_qs);
    m_error->hide();
    layout->addWidget(m_error);

    m_table = new QTreeWidget(this);
    m_table->setColumnCount(kColumns);
    m_table->setHeaderLabels(
        {tr("Data"), tr("Sent"), tr("From other months"), tr("Withheld"), tr("Explanation")});
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    // The whole explanation of the chosen row (a rule's message and the record ids can be longer than the
    // column).
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setText(item ? item->text(kData).trimmed() + u": "_qs + item->text(kNote) : QString());
    });

    m_buttons = new QDialogButtonBox(this);
    m_queue = m_buttons->addButton(tr("Queue for sending"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_queue->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReadinessDialog::queueBatch);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // The checks and the session's settings are read here; the records on a worker connection.
    BatchBuilder::Prepared prepared;
    try {
        prepared = BatchBuilder(session).prepare(month, {});
    } catch (const Error &e) {
        showError(e);
        return;
    }
    m_building = true;
    const Vault *vault = &session.vault();
    runInBackground<std::shared_ptr<const BuiltBatch>>(
        this,
        [vault, prepared] {
            Database worker = vault->openWorkerConnection();
            return std::make_shared<const BuiltBatch>(BatchBuilder::run(worker, prepared, {}));
        },
        [this](Outcome<std::shared_ptr<const BuiltBatch>> outcome) {
            m_building = false;
            if (outcome.error) {
                showError(*outcome.error);
                return;
            }
            m_batch = std::move(outcome.value);
            showReport(m_batch->report);
        });
}

void ReadinessDialog::showError(const Error &error)
{
    m_summary->setText(tr("The batch for %1 cannot be prepared.").arg(m_month));
    m_error->setText(messageOf(error));
    m_error->show();
    m_queue->setEnabled(false);
    emit built();
}

void ReadinessDialog::showReport(const ReadinessReport &report)
{
    QString periodLabel = report.period;
    try {
        periodLabel = ReportPeriod::parse(report.period).label();
    } catch (const Error &) {
    }
    m_summary->setText(
        tr("Period %1 (approved), regency %2: %3 record(s) will be sent and %4 withheld; %5 IPK aggregate "
           "line(s). Size %6 in %n part(s).",
           "", report.partCount)
            .arg(periodLabel, report.regencyCode, number(report.recordsToSend()),
                 number(report.recordsWithheld()), number(report.ipkLines),
                 QLocale().formattedDataSize(report.totalBytes)));

    m_table->clear();
    for (const DatasetReadiness &d : report.datasets) {
        auto *row = new QTreeWidgetItem(m_table);
        row->setText(kData, d.label + u" ("_qs + d.datasetId + u')');
        row->setText(kSent, number(d.toSend));
        row->setText(kFromOtherMonths, number(d.referencedExtra));
        row->setText(kWithheld, number(d.withheld));
        row->setText(kNote, d.periodField.isEmpty()
                                ? tr("No period field: every record is part of the batch")
                                : tr("%1 record(s) of the month by %2; %3 of other months not sent", "",
                                     int(d.inPeriod))
                                      .arg(number(d.inPeriod), d.periodField, number(d.outsidePeriod)));
        for (int c : {kSent, kFromOtherMonths, kWithheld})
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(kData, tr("Sent as stored: %1").arg(d.fieldsSent.join(u", "_qs)));
        for (const WithheldGroup &g : d.withheldGroups) {
            const QString label = ReadinessReport::reasonText(g.reason);
            QStringList ids;
            for (qsizetype i = 0; i < g.recordIds.size() && i < 8; ++i)
                ids << QString::number(g.recordIds.at(i));
            QString note = g.message;
            if (!g.rule.isEmpty())
                note = u'[' + (g.field.isEmpty() ? g.rule : g.rule + u" / "_qs + g.field) + u"] "_qs + note;
            if (!ids.isEmpty())
                note += (note.isEmpty() ? QString() : u" · "_qs) + tr("records %1").arg(ids.join(u", "_qs)) +
                        (g.count > ids.size() ? u", …"_qs : QString());
            addRow(row, label, {}, {}, number(g.count), note);
        }
        if (!d.fieldsPseudonymised.isEmpty())
            addRow(row, tr("Fields pseudonymised"), {}, {}, {}, d.fieldsPseudonymised.join(u", "_qs));
        if (!d.fieldsMinimised.isEmpty())
            addRow(row, tr("Fields minimised"), {}, {}, {}, d.fieldsMinimised.join(u", "_qs));
        if (!d.fieldsWithheld.isEmpty())
            addRow(row, tr("Fields withheld"), {}, {}, {}, d.fieldsWithheld.join(u", "_qs));
        row->setExpanded(d.withheld > 0);
    }
    auto *ipk = new QTreeWidgetItem(m_table);
    ipk->setText(kData, tr("IPK aggregates (ipk_agregat)"));
    ipk->setText(kSent, number(report.ipkLines));
    ipk->setTextAlignment(kSent, Qt::AlignRight | Qt::AlignVCenter);
    ipk->setText(kNote, report.ipkChecks.isEmpty()
                            ? tr("One line per form, row and column; every IPK check holds")
                            : tr("%n IPK check(s) broken this month", "", int(report.ipkChecks.size())));
    for (const QString &check : report.ipkChecks)
        addRow(ipk, tr("IPK check"), {}, {}, {}, check);
    ipk->setExpanded(!report.ipkChecks.isEmpty());

    // Start on the first reason something is withheld, else on the first dataset.
    QTreeWidgetItem *first = m_table->topLevelItem(0);
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_table->topLevelItem(i);
        if (top->childCount() > 0 && !top->child(0)->text(kWithheld).isEmpty()) {
            first = top->child(0);
            break;
        }
    }
    m_table->setCurrentItem(first);
    m_table->resizeColumnToContents(kData);
    m_table->setColumnWidth(kData, std::min(m_table->columnWidth(kData) + 12, 360));
    for (int c : {kSent, kFromOtherMonths, kWithheld})
        m_table->resizeColumnToContents(c);
    m_queue->setEnabled(report.recordsToSend() + report.ipkLines > 0);
    m_queue->setDefault(true);
    emit built();
}

void ReadinessDialog::queueBatch()
{
    if (!m_batch)
        return;
    try {
        BatchBuilder(m_session).queue(*m_batch);
    } catch (const Error &e) {
        m_error->setText(messageOf(e));
        m_error->show();
        return;
    }
    m_queuedId = m_batch->batchId;
    emit queued(m_queuedId);
    accept();
}

} // namespace sinergi
