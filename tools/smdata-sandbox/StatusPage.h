#pragma once

#include "BatchService.h"
#include "FaultSettings.h"

#include <QCoreApplication>

namespace sinergi::sandbox {

// The small HTML page at "/" that lists received batches, for workshops (projected on a wall while
// participants submit). Refreshes itself every five seconds; no scripts.
class StatusPage
{
    Q_DECLARE_TR_FUNCTIONS(sinergi::sandbox::StatusPage)
public:
    static QString render(const QList<BatchService::Summary> &batches, qint64 totalBatches,
                          const QString &keyId, const QByteArray &publicKey, const FaultSettings &faults);
};

} // namespace sinergi::sandbox
