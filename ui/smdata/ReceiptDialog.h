#pragma once

#include "smdata/Outbox.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace sinergi {

// The signed receipt SMData gave for a batch (protocol section 9): what it says (state, records, hashes,
// times, key id) and a "Verify" button that checks the signature against the pinned keys and the payload
// against what this office sent (smdata::verifyReceipt).
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptDialog(smdata::OutboxBatch batch, QList<QByteArray> pinnedKeys, QWidget *parent = nullptr);

    QPushButton *verifyButton() const { return m_verify; }
    QLabel *resultLabel() const { return m_result; }
    // True after verify() found the receipt valid.
    bool verified() const { return m_verified; }
    void verify();

private:
    smdata::OutboxBatch m_batch;
    QList<QByteArray> m_keys;
    QPushButton *m_verify = nullptr;
    QLabel *m_result = nullptr;
    bool m_verified = false;
};

} // namespace sinergi
