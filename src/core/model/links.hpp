#pragma once
// Which strings from an export the UI may open as links. Exports come from other tools and may be
// hostile: only http:, https: and mailto: are ever opened; everything else is shown as plain text.
#include <optional>
#include <string>
#include <string_view>

namespace alma {

// True for "http://host...", "https://host..." and "mailto:addr" (scheme case-insensitive), with
// something after the scheme and no control characters, spaces or other whitespace anywhere.
bool isSafeLink(std::string_view);

// A contact is free text. Returns a link to open for it: the contact itself when it is a safe link,
// "mailto:" + contact when it is a bare e-mail address, otherwise nothing.
std::optional<std::string> contactLink(std::string_view contact);

}  // namespace alma
