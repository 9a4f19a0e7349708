#pragma once

#include "Command.h"

#include <QList>

namespace sinergi::cli {

// One function per command group; each lives in its own file.
QList<Command> initCommands();  // init, recover
QList<Command> userCommands();  // user add|list|passwd|disable|enable|role
QList<Command> storeCommands(); // unlock-check, store check
QList<Command> auditCommands(); // audit verify
QList<Command> keyCommands();   // key rotate|recovery-code
QList<Command> importCommands(); // import, profile list|show
QList<Command> exportCommands(); // export
QList<Command> referenceCommands(); // reference list|load|load-regions
QList<Command> validateCommands(); // validate
QList<Command> reportCommands();   // report ipk
QList<Command> approvalCommands(); // period list|review|approve|reopen
QList<Command> batchCommands();    // batch build|list|status|export
QList<Command> smdataCommands();   // batch send, smdata login|settings|pull-shared

} // namespace sinergi::cli
