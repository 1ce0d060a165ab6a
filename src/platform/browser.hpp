#pragma once
// The seam between the app and its host, part 2: the page's services — fetch, files the user
// gives, links, the URL (query and fragment), the title, the clipboard, full screen, settings and
// the touch keyboard. Answers arrive through backend.hpp's Callbacks. Web: browser_web.cpp.
#include <memory>
#include <string>
#include <vector>

#include "core/i18n/formats.hpp"

#include "platform/backend.hpp"

namespace alma::platform {

// Starts an asynchronous fetch of a URL relative to the page; answers through fileLoaded/fileFailed.
int fetchFile(const std::string& url);
// Asks the browser for files (.json exports, .csv spreadsheets); answers through fileGiven.
// Dropping files anywhere on the page answers the same way (installed by init).
void openFilePicker();
// The page's origin ("https://atlas.example.eu"; "null" from a file) and a URL's, resolved against
// the page's address ("" when it is no URL).
std::string pageOrigin();
std::string urlOrigin(const std::string& url);
// The largest file the page hands to the app: larger ones are refused before they are read
// (Callbacks::fileTooLarge).
void setFileLimit(double bytes);
// A parameter of the page's query string (?calls=URL), decoded; empty when absent.
std::string queryParam(const std::string& name);
// The page's URL fragment ("#v=map…", or "" when none).
std::string fragment();
// Puts `fragment` in the address bar: push = a new Back/Forward step, else replace the current one.
void setFragment(const std::string& fragment, bool push);
void setTitle(const std::string& title);
// Where the text field that may take typing is (CSS px), so that on touch screens a tap on it can
// bring up the on-screen keyboard (browsers allow that only inside the tap's own event).
void setTextFieldRect(float x, float y, float w, float h);
// The page's full address, fragment included (what "Copy link" copies).
std::string pageUrl();
// Copies text to the clipboard (from the click that asked for it).
void copyToClipboard(const std::string& text);
// Full screen for presenting (Fullscreen API); call from the frame that handled the click or key.
void setFullscreen(bool on);
// Small preferences kept in the browser (localStorage); empty when unset or unavailable.
std::string loadSetting(const std::string& key);
void saveSetting(const std::string& key, const std::string& value);
// Opens an http(s) or mailto link in a new tab; anything else is refused (checked again here,
// whatever the caller checked). Call it from the frame that handled the click (popup blockers).
void openLink(const std::string& url);
// Renders the accessible mirror (core/view/mirror.hpp, as JSON) into the page's #a11y-root.
void publishMirror(const std::string& json);
// Hands `bytes` to the browser as a downloaded file named `name` (Blob + temporary <a download>).
void downloadFile(const std::string& name, const std::string& mime, const std::string& bytes);

// Languages (intl_web.cpp): the interface language's formats from the browser's Intl, installed
// once at start (i18n::Messages::setFormats); the visitor's preferred languages (navigator.languages,
// best first); <html lang>, by which screen readers pick their voice.
std::unique_ptr<i18n::Formats> intlFormats();
std::vector<std::string> preferredLanguages();
void setDocumentLanguage(const std::string& code);
}  // namespace alma::platform
