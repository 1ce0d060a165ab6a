// Browser implementation of platform/backend.hpp: SDL2 window + WebGL2 context, the idle-aware main
// loop, canvas size and devicePixelRatio, fetch, and the read-only test hook.
#include "platform/backend.hpp"

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // InputEventsQueue: input ImGui has not processed yet
#include <imgui_impl_sdl2.h>

#include <cmath>
#include <cstdlib>
#include <map>

#include "core/links.hpp"
#include "core/redraw_scheduler.hpp"
#include "platform/fonts.hpp"

namespace alma::platform {
namespace {

struct Backend {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  Display display;
  RedrawScheduler scheduler;
  Callbacks callbacks;
  bool paused = false;
  float uiScale = 1.0f;
  int nextRequest = 1;
  std::string stateBuffer;  // keeps the last almaState() text alive for JS to read
  std::map<SDL_FingerID, std::pair<double, double>> fingers;  // CSS pixels
  std::string pasted;  // text from the browser's last paste event, typed into the active field
  Pinch pinch;
} g;

// Two fingers moving apart or together zoom the map. SDL already turns the first finger into mouse
// events (tap = click, one-finger drag = pan); only the pinch needs the second finger.
void trackFingers(const SDL_Event& e) {
  if (e.type != SDL_FINGERDOWN && e.type != SDL_FINGERUP && e.type != SDL_FINGERMOTION) return;
  const double x = e.tfinger.x * g.display.cssWidth, y = e.tfinger.y * g.display.cssHeight;
  if (e.type == SDL_FINGERUP) {
    g.fingers.erase(e.tfinger.fingerId);
    return;
  }
  if (e.type == SDL_FINGERMOTION && g.fingers.size() == 2 && g.fingers.count(e.tfinger.fingerId)) {
    auto other = g.fingers.begin();
    if (other->first == e.tfinger.fingerId) ++other;
    const auto [ox, oy] = other->second;
    const auto [px, py] = g.fingers[e.tfinger.fingerId];
    const double before = std::hypot(px - ox, py - oy), after = std::hypot(x - ox, y - oy);
    if (before > 1.0 && after > 1.0) {
      g.pinch.factor *= after / before;
      g.pinch.centreX = (x + ox) / 2;
      g.pinch.centreY = (y + oy) / 2;
    }
  }
  g.fingers[e.tfinger.fingerId] = {x, y};
}

double nowSeconds() { return emscripten_get_now() / 1000.0; }

void resumeIfPaused() {
  if (g.paused) {
    g.paused = false;
    emscripten_resume_main_loop();
  }
}

// SDL's own browser callbacks keep firing while the loop is paused; this watch turns any real event
// into a few frames. SDL 2.26 pushes SDL_POLLSENTINEL on every SDL_PollEvent: ignore it, or the
// loop would wake itself forever.
int SDLCALL onSdlEvent(void*, SDL_Event* event) {
  if (event->type == SDL_POLLSENTINEL) return 0;
  wake(g.scheduler);
  resumeIfPaused();
  return 0;
}

// A browser-zoom change or a move to another screen changes devicePixelRatio, sometimes without a
// resize event. Turn it into one: SDL's resize handler then re-reads the ratio and resizes the canvas.
// The media query catches it at once where browsers report it; a 1 s check (no drawing unless the
// ratio changed) catches the rest, e.g. emulated ratios in headless browsers.
EM_JS(void, watchPixelRatio, (), {
  let ratio = window.devicePixelRatio;
  const changed = () => {
    if (window.devicePixelRatio === ratio) return;
    ratio = window.devicePixelRatio;
    window.dispatchEvent(new Event('resize'));
    arm();
  };
  const arm = () => matchMedia(`(resolution: ${ratio}dppx)`).addEventListener('change', changed, { once: true });
  arm();
  setInterval(changed, 1000);
});

// Clipboard through the browser, not SDL (SDL 2.26 keeps an in-page clipboard only): ImGui's copy
// writes to the system clipboard; a paste arrives as the browser's paste event (the only way a
// page may read it) and is typed into the text field that has the focus.
void setClipboardText(void*, const char* text) { copyToClipboard(text); }
const char* getClipboardText(void*) { return g.pasted.c_str(); }

EM_JS(void, jsWatchPaste, (), {
  document.addEventListener("paste", (e) => {
    const text = (e.clipboardData || window.clipboardData).getData("text");
    if (!text) return;
    e.preventDefault();
    const p = Module.almaNewString(text);
    _alma_paste(p);
    _free(p);
  });
});

void rebuildFonts() {
  fonts::buildAtlas(g.uiScale, g.display.pixelRatio);
  ImGui_ImplOpenGL3_DestroyFontsTexture();  // safe before the first upload
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// Reads what SDL made of the canvas: CSS size from the window, pixels from the drawable.
bool syncDisplay() {
  Display d;
  SDL_GetWindowSize(g.window, &d.cssWidth, &d.cssHeight);
  SDL_GL_GetDrawableSize(g.window, &d.canvasWidth, &d.canvasHeight);
  d.pixelRatio = static_cast<float>(emscripten_get_device_pixel_ratio());
  const bool changed = d.cssWidth != g.display.cssWidth || d.cssHeight != g.display.cssHeight ||
                       d.canvasWidth != g.display.canvasWidth || d.canvasHeight != g.display.canvasHeight ||
                       d.pixelRatio != g.display.pixelRatio;
  const bool ratioChanged = d.pixelRatio != g.display.pixelRatio;
  g.display = d;
  if (ratioChanged) rebuildFonts();  // text stays crisp only if rasterised at the new ratio
  if (changed && g.callbacks.displayChanged) g.callbacks.displayChanged(d);
  return changed;
}

double frameMs = 0;

void drawFrame() {
  const double start = emscripten_get_now();
  if (g.callbacks.beforeFrame) g.callbacks.beforeFrame();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  if (g.callbacks.drawFrame) g.callbacks.drawFrame();
  ImGui::Render();
  glViewport(0, 0, g.display.canvasWidth, g.display.canvasHeight);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  frameMs = emscripten_get_now() - start;
  frameDrawn(g.scheduler);
  // ImGui applies one mouse move or button change per frame ("trickled" input): a tap (move, press
  // and release at once) takes three frames. Never go idle with input still queued.
  if (GImGui->InputEventsQueue.Size > 0) wake(g.scheduler);
}

void tick() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    trackFingers(event);
    if (event.type == SDL_WINDOWEVENT) syncDisplay();
  }
  if (!frameDue(g.scheduler, nowSeconds())) {
    // Nothing changed: stop the browser's animation-frame loop until an event wakes it.
    g.paused = true;
    emscripten_pause_main_loop();
    return;
  }
  drawFrame();
}

}  // namespace

void installStringHelper();

bool init(const char* title, std::string& error) {
  installStringHelper();
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    error = std::string("SDL could not start: ") + SDL_GetError();
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);  // WebGL2
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  // RESIZABLE + CSS-sized canvas: SDL follows the page's layout; ALLOW_HIGHDPI: backing store × DPR.
  g.window = SDL_CreateWindow(title, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                              SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!g.window) {
    error = std::string("Could not create the window: ") + SDL_GetError();
    return false;
  }
  g.gl = SDL_GL_CreateContext(g.window);
  if (!g.gl) {
    error = "This browser cannot draw the atlas: WebGL2 is not available.";
    return false;
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  // A blinking caret would need a redraw twice a second forever; a steady caret lets us idle.
  io.ConfigInputTextCursorBlink = false;
  ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  io.SetClipboardTextFn = setClipboardText;
  io.GetClipboardTextFn = getClipboardText;
  jsWatchPaste();
  g.display.pixelRatio = 0;  // unknown yet: the first sync rasterises the fonts at the real ratio
  syncDisplay();
  watchPixelRatio();
  return true;
}

const Display& display() { return g.display; }
unsigned long long framesDrawn() { return g.scheduler.framesDrawn; }
double lastFrameMs() { return frameMs; }

Pinch takePinch() {
  const Pinch p = g.pinch;
  g.pinch = {};
  return p;
}

void setUiScale(float scale) {
  if (scale == g.uiScale) return;
  g.uiScale = scale;
  rebuildFonts();
  requestFrames(RedrawScheduler::kTrailingFrames);
}

void requestFrames(int frames) {
  wake(g.scheduler, frames);
  resumeIfPaused();
}

void animateFor(double seconds) {
  animateUntil(g.scheduler, nowSeconds() + seconds);
  resumeIfPaused();
}

EM_JS(void, jsFetch, (const char* url, int request), {
  // The one-file offline page (scripts/assemble-offline.mjs) carries the bundled files as base64 in
  // window.almaEmbedded: serve those without any network; every other URL is fetched as usual.
  const name = UTF8ToString(url);
  const embedded = window.almaEmbedded && window.almaEmbedded[name];
  (embedded ? Promise.resolve(Uint8Array.from(atob(embedded), (c) => c.charCodeAt(0)).buffer)
            : window.almaFetchBytes ? window.almaFetchBytes(name)  // the page's progress bar counts it
            : fetch(name).then((r) => {
                if (!r.ok) throw new Error(`HTTP ${r.status} ${r.statusText}`);
                return r.arrayBuffer();
              }))
    .then((buffer) => {
      const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
      const p = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, p);
      _alma_file_loaded(request, p, bytes.length);
      _free(p);
    })
    .catch((e) => {
      const text = String((e && e.message) || e);
      const n = lengthBytesUTF8(text) + 1;
      const p = _malloc(n);
      stringToUTF8(text, p, n);
      _alma_file_failed(request, p);
      _free(p);
    });
});

int fetchFile(const std::string& url) {
  const int request = g.nextRequest++;
  jsFetch(url.c_str(), request);
  return request;
}

EM_JS(void, jsOpenLink, (const char* url), {
  const w = window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
  window.almaLastOpenedLink = UTF8ToString(url);  // lets tests see the request even if a popup is blocked
});

void openLink(const std::string& url) {
  if (isSafeLink(url)) jsOpenLink(url.c_str());
}

EM_JS(void, jsDownload, (const char* name, const char* mime, const char* bytes, int size), {
  // Copy out of the wasm heap: the Blob must not alias memory that may grow or be reused.
  const blob = new Blob([HEAPU8.slice(bytes, bytes + size)], { type: UTF8ToString(mime) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

void downloadFile(const std::string& name, const std::string& mime, const std::string& bytes) {
  jsDownload(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

// Files the user gives the page: dropped anywhere, or chosen in the picker. Each is read as bytes
// and handed to C++ (alma_file_given). The page never uploads anything.
EM_JS(void, jsInstallFileInputs, (), {
  const give = (file) => file.arrayBuffer().then((buffer) => {
    const bytes = new Uint8Array(buffer);
    const n = lengthBytesUTF8(file.name) + 1;
    const name = _malloc(n);
    stringToUTF8(file.name, name, n);
    const p = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, p);
    _alma_file_given(name, p, bytes.length);
    _free(p);
    _free(name);
  });
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

EM_JS(char*, jsQueryParam, (const char* name), {
  const value = new URLSearchParams(location.search).get(UTF8ToString(name)) || "";
  return Module.almaNewString(value);
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
  return Module.almaNewString(value);
});

EM_JS(void, jsSaveSetting, (const char* key, const char* value), {
  try { localStorage.setItem("alma." + UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

// JS → C++ strings: one allocator on the JS side (the caller frees with adopt()).
EM_JS(void, jsInstallStringHelper, (), {
  Module.almaNewString = (value) => {
    const n = lengthBytesUTF8(value) + 1;
    const p = _malloc(n);
    stringToUTF8(value, p, n);
    return p;
  };
});

void installStringHelper() { jsInstallStringHelper(); }

std::string adopt(char* p) {
  std::string value(p ? p : "");
  free(p);
  return value;
}

EM_JS(char*, jsFragment, (), {
  const value = location.hash || "";
  return Module.almaNewString(value);
});

EM_JS(void, jsSetFragment, (const char* fragment, int push), {
  const f = UTF8ToString(fragment);
  const url = location.pathname + location.search + f;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
});

// Back/Forward (popstate) and hand-edited fragments (hashchange) hand the new fragment to C++.
EM_JS(void, jsWatchFragment, (), {
  const tell = () => {
    const value = location.hash || "";
    const n = lengthBytesUTF8(value) + 1;
    const p = _malloc(n);
    stringToUTF8(value, p, n);
    _alma_fragment_changed(p);
    _free(p);
  };
  window.addEventListener("popstate", tell);
  window.addEventListener("hashchange", tell);
});

EM_JS(char*, jsPageUrl, (), {
  const value = location.href;
  return Module.almaNewString(value);
});

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
  window.almaTextField = null;
  document.getElementById("canvas").addEventListener("touchend", (e) => {
    const r = window.almaTextField, t = e.changedTouches[0];
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
    const p = Module.almaNewString(text);
    _alma_typed(p);
    _free(p);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Backspace") { _alma_key(1); e.preventDefault(); }
    if (e.key === "Enter") { _alma_key(2); input.blur(); }
  });
  input.addEventListener("blur", () => document.getElementById("canvas").focus({ preventScroll: true }));
});

EM_JS(void, jsSetTextFieldRect, (float x, float y, float w, float h), { window.almaTextField = [x, y, w, h]; });

EM_JS(void, jsAnnounceReady, (), { window.dispatchEvent(new Event("alma-ready")); });

EM_JS(void, jsSetTitle, (const char* title), { document.title = UTF8ToString(title); });

EM_JS(void, jsCopy, (const char* text), {
  const t = UTF8ToString(text);
  window.almaLastCopied = t;  // read-only record for tests; the clipboard itself may be denied
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
});

std::string fragment() {
  return adopt(jsFragment());
}
void setFragment(const std::string& f, bool push) { jsSetFragment(f.c_str(), push ? 1 : 0); }
void setTitle(const std::string& title) { jsSetTitle(title.c_str()); }
void announceReady() { jsAnnounceReady(); }

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

std::string queryParam(const std::string& name) {
  return adopt(jsQueryParam(name.c_str()));
}

void run(Callbacks callbacks) {
  g.callbacks = std::move(callbacks);
  SDL_AddEventWatch(onSdlEvent, nullptr);
  jsInstallFileInputs();
  jsInstallTouchKeyboard();
  jsWatchFragment();
  emscripten_set_main_loop(tick, 0, true);
}

}  // namespace alma::platform

// Entry points for JavaScript (exported in src/CMakeLists.txt).
extern "C" {
EMSCRIPTEN_KEEPALIVE const char* alma_state_json() {
  using namespace alma::platform;
  g.stateBuffer = g.callbacks.stateJson ? g.callbacks.stateJson() : std::string("{}");
  return g.stateBuffer.c_str();
}
// Where a geographic point is on screen (CSS pixels), or null (0) when it is not visible.
EMSCRIPTEN_KEEPALIVE const float* alma_screen_pos(double lon, double lat) {
  using namespace alma::platform;
  static float xy[2];
  if (!g.callbacks.screenPos || !g.callbacks.screenPos(lon, lat, xy[0], xy[1])) return nullptr;
  return xy;
}
EMSCRIPTEN_KEEPALIVE void alma_wake() { alma::platform::requestFrames(alma::RedrawScheduler::kTrailingFrames); }
EMSCRIPTEN_KEEPALIVE void alma_file_loaded(int request, const char* bytes, int size) {
  using namespace alma::platform;
  if (g.callbacks.fileLoaded) g.callbacks.fileLoaded(request, std::string(bytes, static_cast<std::size_t>(size)));
  requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_file_given(const char* name, const char* bytes, int size) {
  using namespace alma::platform;
  if (g.callbacks.fileGiven) g.callbacks.fileGiven(name, std::string(bytes, static_cast<std::size_t>(size)));
  requestFrames(alma::RedrawScheduler::kTrailingFrames);
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
  using namespace alma::platform;
  g.pasted = text;
  if (ImGui::GetIO().WantTextInput) ImGui::GetIO().AddInputCharactersUTF8(text);
  requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_fragment_changed(const char* fragment) {
  using namespace alma::platform;
  if (g.callbacks.fragmentChanged) g.callbacks.fragmentChanged(fragment);
  requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
EMSCRIPTEN_KEEPALIVE void alma_file_failed(int request, const char* message) {
  using namespace alma::platform;
  if (g.callbacks.fileFailed) g.callbacks.fileFailed(request, message);
  requestFrames(alma::RedrawScheduler::kTrailingFrames);
}
}
