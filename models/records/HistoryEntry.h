#pragma once

#include <QDateTime>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QMap>

namespace sinergi {

// One interactive change to a record: who, when, and each field's old -> new value.
struct HistoryEntry
{
    qint64 seq = 0;
    QDateTime ts;
    QString actor;
    QString action; // create, update, delete, restore, undo
    QMap<QString, QPair<QVariant, QVariant>> changes;
    qint64 undoOf = 0;   // for action "undo": the entry it reverted
    qint64 undoneBy = 0; // set when a later undo reverted this entry
};

} // namespace sinergi
