#pragma once

namespace sinergi::threadpriority {

// Lowers the calling thread's scheduling priority a little below its process's. For the helper threads
// of a job whose one consuming thread everything waits for (the importer's reader and converters feed the
// single thread that writes to the store): on a two-core office PC the helpers otherwise take turns with
// that thread on the cores although their output is already queued, and the job takes longer. The
// helpers still get every cycle the writing thread does not use. Best effort: where the platform refuses,
// the thread keeps its priority.
void lowerCurrentThread();

} // namespace sinergi::threadpriority
