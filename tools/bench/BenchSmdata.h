#pragma once

#include <QString>

// sinergi-bench smdata: builds and submits one month's SMData batch of about `records` records (issue 6)
// over HTTPS on loopback to the real smdata-sandbox, as the app does (BatchBuilder, Outbox, OutboxSender,
// SmdataClient). Reports build, queue, upload + commit, decision and end-to-end times, records/s and the
// bytes on the wire; then cuts a second submission halfway through a part, resumes it with a new client (as
// after a restart) and reports how many bytes were sent again.
int benchSmdata(int runs, int records, const QString &cacheDir);
