#include "ReceiptDialog.h"

#include "smdata/ReceiptVerifier.h"
#include "smdata/SmdataError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sinergi {

ReceiptDialog::ReceiptDialog(smdata::OutboxBatch batch, QList<QByteArray> pinnedKeys, QWidget *parent)
    : QDialog(parent), m_batch(std::move(batch)), m_keys(std::move(pinnedKeys))
{
    setObjectName(u"receiptDialog"_qs);
    setWindowTitle(tr("SMData receipt"));
    auto *layout = new QVBoxLayout(this);
    const QJsonObject receipt = QJsonDocument::fromJson(m_batch.receipt).object();
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(receipt.value(u"payload"_qs).toString().toLatin1()))
            .object();
    auto *intro =
        new QLabel(tr("What SMData signed for this batch. Verify it to check the signature with the "
                      "pinned server key and that it describes exactly what this office sent."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QLocale locale;
    const auto add = [&](const QString &label, const QString &value) {
        auto *v = new QLabel(value, this);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, v);
    };
    const QString state = payload.value(u"state"_qs).toString();
    add(tr("Batch:"), m_batch.batchId);
    add(tr("Period:"), payload.value(u"period"_qs).toString());
    add(tr("Regency:"), payload.value(u"regency_code"_qs).toString());
    add(tr("Decision:"), state == u"accepted"_qs   ? tr("accepted")
                         : state == u"rejected"_qs ? tr("rejected")
                                                   : state);
    add(tr("Records:"), locale.toString(payload.value(u"records"_qs).toInteger()));
    add(tr("Rejected records:"), locale.toString(payload.value(u"rejected_records"_qs).toInteger()));
    add(tr("Bytes:"), locale.toString(payload.value(u"total_bytes"_qs).toInteger()));
    add(tr("Committed:"), payload.value(u"committed_at"_qs).toString());
    add(tr("Decided:"), payload.value(u"decided_at"_qs).toString());
    add(tr("Receipt:"), payload.value(u"receipt_id"_qs).toString());
    add(tr("Content SHA-256:"), payload.value(u"content_sha256"_qs).toString());
    add(tr("Signing key:"), receipt.value(u"key_id"_qs).toString());
    layout->addLayout(form);

    m_result = new QLabel(tr("Not verified yet."), this);
    m_result->setObjectName(u"receiptResultLabel"_qs);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verify = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    m_verify->setObjectName(u"receiptVerifyButton"_qs);
    connect(m_verify, &QPushButton::clicked, this, &ReceiptDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ReceiptDialog::verify()
{
    try {
        smdata::verifyReceipt(QJsonDocument::fromJson(m_batch.receipt).object(), m_keys,
                              {m_batch.batchId, m_batch.regencyCode, m_batch.period, m_batch.manifestSha256,
                               m_batch.contentSha256, m_batch.totalBytes});
        m_verified = true;
        m_result->setText(tr("Valid: signed by the pinned SMData key and describing exactly this batch."));
        m_result->setStyleSheet(u"color: #1b5e20;"_qs);
    } catch (const smdata::SmdataError &e) {
        m_verified = false;
        m_result->setText(e.userMessage() + u"\n"_qs + e.detail());
        m_result->setStyleSheet(u"color: #b00020;"_qs);
    }
}

} // namespace sinergi
