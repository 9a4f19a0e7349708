#include "OutboxPage.h"

#include "CorrectionsDialog.h"
#include "OutboxModel.h"
#include "ReadinessDialog.h"
#include "ReceiptDialog.h"
#include "common/Background.h"
#include "session/Session.h"
#include "smdata/BatchRecordMap.h"
#include "smdata/OutboxSenderThread.h"
#include "smdata/SmdataClient.h"
#include "smdata/SmdataSettings.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sinergi {

using smdata::OutboxState;

namespace {

// The corrections fetched on a worker: the errors, or the SMData message (an SmdataError would be sliced
// to a plain Error on its way back).
struct FetchedErrors
{
    QJsonArray errors;
    QString failure;
};

} // namespace

OutboxPage::OutboxPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(u"outboxPage"_qs);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    m_model = new OutboxModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"outboxTable"_qs);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The short columns fit their contents; the last error, which can be long, takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::LastError, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"outboxProgressLabel"_qs);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"outboxProgressBar"_qs);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    // A batch is built for one approved month; last month is the usual one.
    m_month = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_month->setObjectName(u"outboxMonthEdit"_qs);
    m_month->setDisplayFormat(u"MM/yyyy"_qs);
    m_build = new QPushButton(this);
    m_build->setObjectName(u"outboxBuildButton"_qs);
    buttons->addWidget(m_month);
    buttons->addWidget(m_build);
    buttons->addSpacing(16);
    m_sendNow = new QPushButton(this);
    m_sendNow->setObjectName(u"outboxSendNowButton"_qs);
    m_receipt = new QPushButton(this);
    m_receipt->setObjectName(u"outboxReceiptButton"_qs);
    m_corrections = new QPushButton(this);
    m_corrections->setObjectName(u"outboxCorrectionsButton"_qs);
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_receipt);
    buttons->addWidget(m_corrections);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(u"outboxStatusLabel"_qs);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_build, &QPushButton::clicked, this, &OutboxPage::buildBatch);
    connect(m_sendNow, &QPushButton::clicked, this, &OutboxPage::sendNow);
    connect(m_receipt, &QPushButton::clicked, this, &OutboxPage::showReceipt);
    connect(m_corrections, &QPushButton::clicked, this, &OutboxPage::showCorrections);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxPage::updateButtons);

    retranslate();
    reload();
    startSender();
}

void OutboxPage::startSender()
{
    m_sender = std::make_unique<smdata::OutboxSenderThread>(m_session.vault().openWorkerConnection(),
                                                            smdata::SenderConfig{}, Clock::system());
    connect(m_sender.get(), &smdata::OutboxSenderThread::progress, this, &OutboxPage::onProgress);
    connect(m_sender.get(), &smdata::OutboxSenderThread::batchUpdated, this, [this](const QString &id, int) {
        reload();
        emit batchUpdated(id);
    });
    connect(m_sender.get(), &smdata::OutboxSenderThread::idle, this, [this](const QDateTime &next) {
        reload();
        m_progress->setVisible(false);
        m_progressLabel->setVisible(false);
        m_status->setText(
            next.isValid()
                ? tr("Next attempt: %1").arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat))
                : QString());
    });
    connect(m_sender.get(), &smdata::OutboxSenderThread::problem, this,
            [this](const QString &message) { m_status->setText(message); });
    m_sender->start();
}

void OutboxPage::pauseSender(bool paused)
{
    if (paused) {
        if (m_sender)
            m_sender->shutDown();
        m_sender.reset();
    } else if (!m_sender && !m_shutDown) {
        startSender();
    }
}

bool OutboxPage::isSenderRunning() const
{
    return m_sender && m_sender->isRunning();
}

OutboxPage::~OutboxPage()
{
    shutDown();
}

void OutboxPage::shutDown()
{
    m_shutDown = true;
    if (m_sender)
        m_sender->shutDown();
}

void OutboxPage::reload()
{
    const QString selected = selectedBatchId();
    try {
        m_model->setBatches(smdata::Outbox(m_session.db()).all());
    } catch (const Error &e) {
        m_status->setText(e.userMessage());
    }
    if (!selected.isEmpty())
        selectBatch(selected);
    updateButtons();
}

void OutboxPage::onProgress(const smdata::SendProgress &p)
{
    m_model->setProgress(p);
    const smdata::OutboxBatch *b = m_model->batchAt(m_model->rowOf(p.batchId));
    const QString period = b ? b->period : p.batchId;
    const QLocale locale;
    m_progress->setVisible(true);
    m_progressLabel->setVisible(true);
    m_progress->setRange(0, std::max(1, p.partCount));
    m_progress->setValue(p.partsAcknowledged);
    if (p.state == OutboxState::Sending) {
        m_progressLabel->setText(
            tr("Sending the batch for %1: %2 of %3 part(s), %4 of %5")
                .arg(period)
                .arg(p.partsAcknowledged)
                .arg(p.partCount)
                .arg(locale.formattedDataSize(p.bytesAcknowledged), locale.formattedDataSize(p.totalBytes)));
    } else if (p.state == OutboxState::Sent) {
        m_progressLabel->setText(tr("The batch for %1 is sent; SMData is checking it.").arg(period));
    } else {
        m_progressLabel->setText(
            tr("The batch for %1: %2")
                .arg(period, OutboxModel::stateText(p.state, p.partsAcknowledged, p.partCount)));
    }
}

QString OutboxPage::selectedBatchId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const smdata::OutboxBatch *b = rows.isEmpty() ? nullptr : m_model->batchAt(rows.first().row());
    return b ? b->batchId : QString();
}

void OutboxPage::selectBatch(const QString &batchId)
{
    const int row = m_model->rowOf(batchId);
    if (row >= 0)
        m_table->selectRow(row);
}

void OutboxPage::updateButtons()
{
    bool unfinished = false;
    for (int i = 0; i < m_model->rowCount(); ++i)
        unfinished |= !m_model->batchAt(i)->finished();
    m_sendNow->setEnabled(unfinished);
    const int row = m_model->rowOf(selectedBatchId());
    const smdata::OutboxBatch *b = m_model->batchAt(row);
    m_receipt->setEnabled(b && !b->receipt.isEmpty());
    m_corrections->setEnabled(b && b->state == OutboxState::Rejected && !m_fetching);
}

ReadinessDialog *OutboxPage::buildBatch()
{
    const QDate month = m_month->date();
    auto *dialog = new ReadinessDialog(m_session, month.toString(u"yyyy-MM"_qs), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReadinessDialog::queued, this, [this](const QString &batchId) {
        wakeSender();
        selectBatch(batchId);
    });
    dialog->resize(1000, 600);
    dialog->open();
    return dialog;
}

void OutboxPage::sendNow()
{
    if (!m_sender)
        return; // paused for a key rotation; it looks at the outbox when it starts again
    m_status->setText(tr("Sending…"));
    m_sender->sendNow();
}

void OutboxPage::wakeSender()
{
    reload();
    if (m_sender)
        m_sender->wake();
}

void OutboxPage::showReceipt()
{
    const smdata::OutboxBatch *b = m_model->batchAt(m_model->rowOf(selectedBatchId()));
    if (!b || b->receipt.isEmpty())
        return;
    QList<QByteArray> keys;
    try {
        keys = smdata::SmdataSettings::load(m_session).receiptKeys;
    } catch (const Error &e) {
        m_status->setText(e.userMessage());
    }
    auto *dialog = new ReceiptDialog(*b, keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OutboxPage::showCorrections()
{
    const smdata::OutboxBatch *b = m_model->batchAt(m_model->rowOf(selectedBatchId()));
    if (!b || b->state != OutboxState::Rejected || m_fetching)
        return;
    smdata::SmdataSettings settings;
    try {
        settings = smdata::SmdataSettings::load(m_session);
    } catch (const Error &e) {
        m_status->setText(e.userMessage());
        return;
    }
    const QString batchId = b->batchId;
    const QString period = b->period;
    m_fetching = true;
    updateButtons();
    m_status->setText(tr("Fetching the correction list from SMData…"));
    runInBackground<FetchedErrors>(
        this,
        [settings, batchId] {
            FetchedErrors f;
            try {
                smdata::SmdataClient client(settings.clientConfig());
                client.login(settings.username, settings.password);
                f.errors = client.allBatchErrors(batchId);
            } catch (const smdata::SmdataError &e) {
                f.failure = e.userMessage();
            }
            return f;
        },
        [this, batchId, period](Outcome<FetchedErrors> outcome) {
            m_fetching = false;
            updateButtons();
            if (outcome.error || !outcome.value.failure.isEmpty()) {
                m_status->setText(
                    tr("The correction list could not be fetched: %1")
                        .arg(outcome.error ? outcome.error->userMessage() : outcome.value.failure));
                return;
            }
            QList<qint64> lines;
            QHash<qint64, qint64> lineRecords;
            QHash<QString, QList<qint64>> records;
            try {
                for (const QJsonValue &e : std::as_const(outcome.value.errors))
                    lines << e[u"line"_qs].toInteger();
                records = smdata::BatchRecordMap::recordsForLines(m_session.db(), batchId, lines);
                for (qint64 line : std::as_const(lines)) {
                    if (const auto r = smdata::BatchRecordMap::recordForLine(m_session.db(), batchId, line))
                        lineRecords.insert(line, r->second);
                }
            } catch (const Error &e) {
                m_status->setText(e.userMessage());
                return;
            }
            m_status->setText(
                tr("%n error(s) in the rejected batch.", nullptr, int(outcome.value.errors.size())));
            auto *dialog = new CorrectionsDialog(period, outcome.value.errors, records, lineRecords, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &CorrectionsDialog::recordsRequested, this, &OutboxPage::recordsRequested);
            dialog->open();
        });
}

void OutboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OutboxPage::retranslate()
{
    setWindowTitle(tr("SMData submissions"));
    m_title->setText(tr("Batches for SMData"));
    m_build->setText(tr("&Build batch…"));
    m_month->setToolTip(tr("The approved month to build a batch for"));
    m_sendNow->setText(tr("Send &now"));
    m_receipt->setText(tr("View &receipt"));
    m_corrections->setText(tr("&Correction list"));
    m_model->headerDataChanged(Qt::Horizontal, 0, OutboxModel::ColumnCount - 1);
}

} // namespace sinergi
