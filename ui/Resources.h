#pragma once

namespace forlop {

// Registers the icons compiled into the static ui library; call after creating the application
// (again is harmless).
void initResources();

} // namespace forlop
