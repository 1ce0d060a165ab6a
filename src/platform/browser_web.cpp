// Browser implementation of platform/browser.hpp: the page's services — fetch with progress, files
// given by the user, links, the URL fragment and query, title, clipboard, full screen, settings,
// the touch keyboard. backend_web.cpp owns the loop and the display. Everything this code keeps on
// the page lives in window.alma (web/index.html creates it), never in globals of its own.
#include <emscripten.h>
#include <imgui.h>

#include <cstdlib>
#include <string>

#include "core/model/links.hpp"
#include "core/view/redraw_scheduler.hpp"
#include "platform/browser.hpp"
#include "platform/web_internal.hpp"

namespace alma::platform {

std::string pasted;  // text from the browser's last paste event (ImGui's clipboard reads it)

namespace {
int nextRequest = 1;

// Clipboard through the browser, not SDL (SDL 2.26 keeps an in-page clipboard only): ImGui's copy
// writes to the system clipboard; a paste arrives as the browser's paste event (the only way a
// page may read it) and is typed into the text field that has the focus.
void setClipboardText(void*, const char* text) { copyToClipboard(text); }
const char* getClipboardText(void*) { return pasted.c_str(); }

EM_JS(void, jsWatchPaste, (), {
  document.addEventListener("paste", (e) => {
    const text = (e.clipboardData || window.clipboardData).getData("text");
    if (!text) return;
    e.preventDefault();
    window.alma.withString(text, _alma_paste);
  });
});

}  // namespace

EM_JS(void, jsFetch, (const char* url, int request), {
  // The one-file offline page (scripts/assemble-offline.mjs) carries the bundled files inside it:
  // those are served without any network; every other URL goes through the page's progress bar.
  const alma = window.alma;
  const name = UTF8ToString(url);
  const embedded = alma.embeddedBytes(name);
  (embedded ? Promise.resolve(embedded) : alma.fetchBytes(name, alma.fileLimit))
    .then((bytes) => alma.withHeld(bytes, (h, n) => _alma_file_loaded(request, h, n)))
    .catch((e) => e && e.tooLarge ? alma.withString(name, (p) => _alma_file_too_large(request, e.tooLarge, p))
                                  : alma.withString(String((e && e.message) || e), (p) => _alma_file_failed(request, p)));
});

int fetchFile(const std::string& url) {
  const int request = nextRequest++;
  jsFetch(url.c_str(), request);
  return request;
}

EM_JS(void, jsOpenLink, (const char* url), {
  window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
  window.alma.lastOpenedLink = UTF8ToString(url);  // lets tests see the request even if a popup is blocked
});

void openLink(const std::string& url) {
  if (isSafeLink(url)) jsOpenLink(url.c_str());
}

EM_JS(void, jsInstallSaveBlob, (), {
  // Hands a Blob to the browser as a download named `name` (still inside the click's activation).
  window.alma.saveBlob = (blob, name) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoke later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
});

EM_JS(void, jsDownload, (const char* name, const char* mime, const char* bytes, int size), {
  // Copy out of the wasm heap: the Blob must not alias memory that may grow or be reused.
  window.alma.saveBlob(new Blob([HEAPU8.slice(bytes, bytes + size)], { type: UTF8ToString(mime) }), UTF8ToString(name));
});

EM_JS(void, jsSavePng, (const char* name, const unsigned char* rgba, int w, int h), {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(w, h);
  const row = w * 4;
  for (let y = 0; y < h; y++)  // GL's rows run bottom-up
    image.data.set(HEAPU8.subarray(rgba + (h - 1 - y) * row, rgba + (h - y) * row), y * row);
  ctx.putImageData(image, 0, 0);
  // Synchronously (toBlob is async): the download must start within the click's activation.
  const text = atob(canvas.toDataURL('image/png').split(',')[1]);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  window.alma.saveBlob(new Blob([bytes], { type: 'image/png' }), UTF8ToString(name));
});

void savePng(const std::string& name, const unsigned char* rgba, int width, int height) {
  jsSavePng(name.c_str(), rgba, width, height);
}

void downloadFile(const std::string& name, const std::string& mime, const std::string& bytes) {
  jsDownload(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

// Files the user gives the page: dropped anywhere, or chosen in the picker. Each is read as bytes
// and handed to C++ (alma_file_given). The page never uploads anything.
EM_JS(void, jsInstallFileInputs, (), {
  const alma = window.alma;
  const give = (file) => file.size > alma.fileLimit
    ? alma.withString(file.name, (name) => _alma_file_too_large(-1, file.size, name))  // refused unread
    : file.arrayBuffer().then((buffer) => alma.withString(file.name, (name) =>
        alma.withBytes(new Uint8Array(buffer), (p, n) => _alma_file_given(name, p, n))));
  window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    for (const file of e.dataTransfer.files) give(file);
  });
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = '.json,.csv,application/json,text/csv';
  input.style.display = 'none';
  input.id = 'alma-file-input';
  input.addEventListener('change', () => { for (const file of input.files) give(file); input.value = ""; });
  document.body.appendChild(input);
});

EM_JS(void, jsOpenFilePicker, (), { document.getElementById('alma-file-input').click(); });

EM_JS(char*, jsPageOrigin, (), { return window.alma.newString(location.origin); });
EM_JS(char*, jsUrlOrigin, (const char* url), {
  let origin = "";
  try { origin = new URL(UTF8ToString(url), location.href).origin; } catch (e) {}
  return window.alma.newString(origin);
});
EM_JS(void, jsSetFileLimit, (double bytes), { window.alma.fileLimit = bytes; });

EM_JS(char*, jsQueryParam, (const char* name), {
  const value = new URLSearchParams(location.search).get(UTF8ToString(name)) || "";
  return window.alma.newString(value);
});

EM_JS(void, jsSetFullscreen, (int on), {
  const el = document.documentElement;
  if (on && !document.fullscreenElement && el.requestFullscreen) el.requestFullscreen().catch(() => {});
  if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
});

// localStorage can be missing or throw (private windows, file:// in some browsers): then nothing
// is remembered and nothing fails.
EM_JS(char*, jsLoadSetting, (const char* key), {
  let value = "";
  try { value = localStorage.getItem("alma." + UTF8ToString(key)) || ""; } catch (e) {}
  return window.alma.newString(value);
});

EM_JS(void, jsSaveSetting, (const char* key, const char* value), {
  try { localStorage.setItem("alma." + UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

// JS → C++: the one way strings and bytes enter the wasm heap. newString's result is freed by the
// C++ side (adopt()); withString / withBytes free theirs after the call.
EM_JS(void, jsInstallStringHelper, (), {
  const alma = window.alma;
  alma.newString = (value) => {
    const n = lengthBytesUTF8(value) + 1;
    const p = _malloc(n);
    stringToUTF8(value, p, n);
    return p;
  };
  alma.withString = (value, call) => {
    const p = alma.newString(value);
    try { return call(p); } finally { _free(p); }
  };
  // A download the app reads in windows (PageBytes): held here, by number, during the call.
  alma.held = new Map();
  let nextHeld = 1;
  alma.withHeld = (bytes, call) => {
    const h = nextHeld++;
    alma.held.set(h, bytes);
    try { return call(h, bytes.length); } finally { alma.held.delete(h); }
  };
  alma.withBytes = (bytes, call) => {
    const p = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, p);
    try { return call(p, bytes.length); } finally { _free(p); }
  };
});

EM_JS(int, jsReadHeld, (int held, double offset, char* into, int max), {
  const part = window.alma.held.get(held).subarray(offset, offset + max);
  HEAPU8.set(part, into);
  return part.length;
});

std::size_t PageBytes::read(std::size_t offset, char* into, std::size_t max) {
  if (offset >= size_) return 0;
  return static_cast<std::size_t>(jsReadHeld(held_, static_cast<double>(offset), into, static_cast<int>(std::min(max, size_ - offset))));
}
std::string_view PageBytes::whole() {
  if (whole_.size() != size_) {
    whole_.resize(size_);
    if (size_ > 0) read(0, whole_.data(), size_);
  }
  return whole_;
}

std::string adopt(char* p) {
  std::string value(p ? p : "");
  free(p);
  return value;
}

EM_JS(char*, jsFragment, (), { return window.alma.newString(location.hash || ""); });

EM_JS(void, jsSetFragment, (const char* fragment, int push), {
  const f = UTF8ToString(fragment);
  const url = location.pathname + location.search + f;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
});

// Back/Forward (popstate) and hand-edited fragments (hashchange) hand the new fragment to C++.
EM_JS(void, jsWatchFragment, (), {
  const tell = () => window.alma.withString(location.hash || "", _alma_fragment_changed);
  window.addEventListener("popstate", tell);
  window.addEventListener("hashchange", tell);
});

EM_JS(char*, jsPageUrl, (), { return window.alma.newString(location.href); });

// Touch screens: a hidden <input> focused from the tap itself brings up the on-screen keyboard; what
// is typed there is handed to ImGui (text, Backspace, Enter), since the canvas gets no key events
// while the input has the focus. Desktop keyboards keep going through SDL as before.
EM_JS(void, jsInstallTouchKeyboard, (), {
  if (!("ontouchstart" in window) && !(navigator.maxTouchPoints > 0)) return;
  const input = document.createElement("input");
  input.id = "alma-text-input";
  input.setAttribute("autocomplete", "off");
  input.setAttribute("autocapitalize", "off");
  input.style.cssText = "position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;font-size:16px;border:0;padding:0";
  document.body.appendChild(input);
  const alma = window.alma;
  alma.textField = null;
  document.getElementById("canvas").addEventListener("touchend", (e) => {
    const r = alma.textField, t = e.changedTouches[0];
    if (r && t.clientX >= r[0] && t.clientX <= r[0] + r[2] && t.clientY >= r[1] && t.clientY <= r[1] + r[3]) {
      input.style.left = r[0] + "px";
      input.style.top = r[1] + "px";
      input.focus();
    }
  });
  input.addEventListener("input", () => {
    const text = input.value;
    input.value = "";
    if (!text) return;
    alma.withString(text, _alma_typed);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Backspace") { _alma_key(1); e.preventDefault(); }
    if (e.key === "Enter") { _alma_key(2); input.blur(); }
  });
  input.addEventListener("blur", () => document.getElementById("canvas").focus({ preventScroll: true }));
});

// SDL listens to keys on the canvas only (backend_web.cpp) and prevents the default of mouse
// presses, which would keep the canvas from taking the focus back from another element of the
// page: a press on the canvas gives it the keyboard, as it does for any focusable element.
EM_JS(void, jsFocusCanvasOnPress, (), {
  const canvas = document.getElementById("canvas");
  canvas.addEventListener("pointerdown", () => {
    if (document.activeElement !== canvas) canvas.focus({ preventScroll: true });
  });
});

EM_JS(void, jsPublishMirror, (const char* json), { window.alma.renderMirror(UTF8ToString(json)); });
void publishMirror(const std::string& json) { jsPublishMirror(json.c_str()); }

// The page asks where a counterpart is drawn (the mirror places the focused element there).
EM_JS(void, jsInstallTargetRect, (), {
  window.alma.targetRect = (target) => window.alma.withString(target, (p) => {
    const r = Module._alma_target_rect(p);
    return r ? Array.from(HEAPF32.subarray(r >> 2, (r >> 2) + 4)) : null;
  });
});

// Tab and Shift+Tab on the canvas move the focus through the page like everywhere else (to the
// accessible mirror's controls): SDL would otherwise take Tab and keep the keyboard in the canvas.
EM_JS(void, jsReleaseTab, (), {
  const canvas = document.getElementById("canvas");
  window.addEventListener("keydown", (e) => { if (e.key === "Tab" && e.target === canvas) e.stopPropagation(); }, true);
});

EM_JS(void, jsSetTextFieldRect, (float x, float y, float w, float h), { window.alma.textField = [x, y, w, h]; });

EM_JS(void, jsSetTitle, (const char* title), { document.title = UTF8ToString(title); });

EM_JS(void, jsCopy, (const char* text), {
  const t = UTF8ToString(text);
  window.alma.lastCopied = t;  // read-only record for tests; the clipboard itself may be denied
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
});

std::string fragment() {
  return adopt(jsFragment());
}
void setFragment(const std::string& f, bool push) { jsSetFragment(f.c_str(), push ? 1 : 0); }
void setTitle(const std::string& title) { jsSetTitle(title.c_str()); }

void setTextFieldRect(float x, float y, float w, float h) {
  static float last[4] = {-1, -1, -1, -1};
  if (last[0] == x && last[1] == y && last[2] == w && last[3] == h) return;  // tell JS only on change
  last[0] = x, last[1] = y, last[2] = w, last[3] = h;
  jsSetTextFieldRect(x, y, w, h);
}
std::string pageUrl() {
  return adopt(jsPageUrl());
}
void copyToClipboard(const std::string& text) { jsCopy(text.c_str()); }

void openFilePicker() { jsOpenFilePicker(); }
void setFullscreen(bool on) { jsSetFullscreen(on ? 1 : 0); }

std::string loadSetting(const std::string& key) {
  return adopt(jsLoadSetting(key.c_str()));
}

void saveSetting(const std::string& key, const std::string& value) { jsSaveSetting(key.c_str(), value.c_str()); }

std::string pageOrigin() { return adopt(jsPageOrigin()); }
std::string urlOrigin(const std::string& url) { return adopt(jsUrlOrigin(url.c_str())); }
void setFileLimit(double bytes) { jsSetFileLimit(bytes); }

std::string queryParam(const std::string& name) {
  return adopt(jsQueryParam(name.c_str()));
}

void installClipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = setClipboardText;
  io.GetClipboardTextFn = getClipboardText;
  jsWatchPaste();
}

void installBrowserBridges() {
  jsInstallStringHelper();
  jsInstallSaveBlob();
  jsInstallFileInputs();
  jsWatchFragment();
  jsInstallTouchKeyboard();
  jsFocusCanvasOnPress();
  jsInstallTargetRect();
  jsReleaseTab();
}

}  // namespace alma::platform

// Entry points for JavaScript (exported in src/CMakeLists.txt).
extern "C" {
EMSCRIPTEN_KEEPALIVE void alma_file_loaded(int request, int held, int size) {
  alma::platform::PageBytes bytes(held, static_cast<std::size_t>(size));
  if (alma::platform::callbacks().fileLoaded) alma::platform::callbacks().fileLoaded(request, bytes);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_file_given(const char* name, const char* bytes, int size) {
  if (alma::platform::callbacks().fileGiven) alma::platform::callbacks().fileGiven(name, std::string_view(bytes, static_cast<std::size_t>(size)));
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_typed(const char* text) {
  ImGui::GetIO().AddInputCharactersUTF8(text);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_key(int which) {  // 1 Backspace, 2 Enter, from the touch keyboard
  const ImGuiKey key = which == 1 ? ImGuiKey_Backspace : ImGuiKey_Enter;
  ImGui::GetIO().AddKeyEvent(key, true);
  ImGui::GetIO().AddKeyEvent(key, false);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_paste(const char* text) {
  alma::platform::pasted = text;
  if (ImGui::GetIO().WantTextInput) ImGui::GetIO().AddInputCharactersUTF8(text);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_fragment_changed(const char* fragment) {
  if (alma::platform::callbacks().fragmentChanged) alma::platform::callbacks().fragmentChanged(fragment);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_file_too_large(int request, double bytes, const char* name) {
  if (alma::platform::callbacks().fileTooLarge) alma::platform::callbacks().fileTooLarge(request, bytes, name);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_mirror_act(const char* act, const char* arg) {
  if (alma::platform::callbacks().mirrorAction) alma::platform::callbacks().mirrorAction(act, arg);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_mirror_focus(const char* target) {
  if (alma::platform::callbacks().mirrorFocus) alma::platform::callbacks().mirrorFocus(target);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE const float* alma_target_rect(const char* target) {
  static float rect[4];
  const auto& cb = alma::platform::callbacks().targetRect;
  return cb && cb(target, rect) ? rect : nullptr;
}
EMSCRIPTEN_KEEPALIVE void alma_file_failed(int request, const char* message) {
  if (alma::platform::callbacks().fileFailed) alma::platform::callbacks().fileFailed(request, message);
  alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
}

