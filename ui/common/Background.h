#pragma once

#include "common/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <optional>
#include <utility>

namespace sinergi {

// What work run off the GUI thread produced: its value, or the sinergi::Error it threw. Errors must not
// escape a worker thread (they would terminate the program), so they travel back as data.
template <typename T>
struct Outcome
{
    T value{};
    std::optional<Error> error;
};

// Runs `work` (returning T) on the global thread pool and calls `done(Outcome<T>)` on `context`'s thread.
// Used for the Argon2id work (~0.5 s per slot) so windows keep painting. When `context` dies first, `done`
// is not called; the work still completes, so it must only capture copies.
template <typename T, typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<Outcome<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         Outcome<T> outcome = watcher->result();
                         watcher->deleteLater();
                         done(std::move(outcome));
                     });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() mutable -> Outcome<T> {
        Outcome<T> out;
        try {
            out.value = work();
        } catch (const Error &e) {
            out.error = e;
        } catch (const std::exception &e) {
            out.error = Error(ErrorCode::Internal, QString::fromUtf8(e.what()));
        }
        return out;
    }));
}

} // namespace sinergi
