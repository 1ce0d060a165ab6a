#pragma once
// Which sites a link (?calls=URL, ?practices=URL) may load exports from. By default only the site's
// own origin: otherwise anyone could make the official atlas show their data, with "Official page"
// buttons to their site. A deployment may allow more in its atlas-config.json:
//   { "exportsFrom": ["https://data.example.org"] }
// A file the user picks or drops is always allowed: it is theirs. docs/hosting.md.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/diagnostics.hpp"

namespace alma {

struct OriginPolicy {
  std::vector<std::string> exportsFrom;  // origins ("https://host[:port]") besides the page's own
  // Where this atlas is published ("hostedAt": "https://…/atlas/"): a copy opened from a file (the
  // one-file offline page on a USB stick) shares this address with the room instead of its file:
  // link, which no phone can open.
  std::string hostedAt;
};

// Reads atlas-config.json: { "exportsFrom": [...], "hostedAt": "https://…" }. Anything it cannot use is reported (file, field, what was expected) and
// left out, so a broken config falls back to the safe default: the page's own origin only.
OriginPolicy parseOriginPolicy(std::string_view json, std::string_view fileName, std::vector<Diagnostic>& problems);

// Whether a link may load from `urlOrigin` (as the browser's URL gives it, "https://host:port").
// The page's own origin always; "null" origins (file://, data:) only when the same page origin
// is not "null" — a page opened from a file cannot claim other files as its own.
bool allowsOrigin(const OriginPolicy& policy, std::string_view pageOrigin, std::string_view urlOrigin);

// "data.example.org" from "https://data.example.org"; ports kept ("localhost:8080").
std::string originHost(std::string_view origin);

// The link the room should open for this view (shown as a QR code): the page's own address where
// it is hosted; from a file, the hosted address with the view's fragment, or "" when none is known.
std::string shareLink(std::string_view pageUrl, std::string_view hostedAt, std::string_view fragment);

}  // namespace alma
