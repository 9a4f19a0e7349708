#include "MessageBoxes.h"

#include "QtMessageBoxes.h"

namespace sinergi {

namespace {
MessageBoxes *g_override = nullptr;
}

MessageBoxes &MessageBoxes::instance()
{
    static QtMessageBoxes defaultBoxes;
    return g_override ? *g_override : defaultBoxes;
}

void MessageBoxes::setInstance(MessageBoxes *boxes)
{
    g_override = boxes;
}

} // namespace sinergi
