#pragma once
// Product identity shown in the UI and written into exports produced by the tools.
namespace alma {
inline constexpr const char* kProductName = "ALMA & migrant-integration atlas";
inline constexpr const char* kVersion = "0.1.0";
}
