#pragma once
// Product identity shown in the UI.
namespace alma {
inline constexpr const char* kProductName = "ALMA & migrant-integration atlas";
}
