#pragma once

#include "Migrations.h"

namespace sinergi {

// The store's schema history. Later features (records, reports, outbox) append steps here.
const Migrations &storeMigrations();

// Marker written into every store so "not a Sinergi store" can be told apart from "wrong key".
inline constexpr const char *kStoreMagic = "sinergi-store";

} // namespace sinergi
