// The composite backend's pieces (cp_*.cpp), shared among themselves.
#pragma once
#include "vmlib.h"

namespace vmlib::cp {

// Where the module writes the event of an upcall (platform.h 8b).
extern tandem_cp_event g_event;

} // namespace vmlib::cp
