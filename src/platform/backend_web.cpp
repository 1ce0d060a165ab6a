// Browser implementation of platform/backend.hpp: SDL2 window + WebGL2 context, the idle-aware
// main loop, canvas size and devicePixelRatio, fonts, and the read-only test hook.
// browser_web.cpp implements browser.hpp: the page's other services (fetch, files, links, URL...).
#include "platform/backend.hpp"

#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>  // InputEventsQueue: input ImGui has not processed yet
#include <imgui_impl_sdl2.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <map>
#include <vector>

#include "core/view/redraw_scheduler.hpp"
#include "platform/fonts.hpp"
#include "platform/web_internal.hpp"

namespace alma::platform {
namespace {

struct Backend {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  Display display;
  RedrawScheduler scheduler;
  Callbacks callbacks;
  bool paused = false;
  bool presenting = false;  // the first frame with data has been announced: frames are drawn
  bool buildAgain = false;  // before that: build another frame in the same tick (buildAgainNow)
  float uiScale = 1.0f;
  std::string stateBuffer;  // keeps the last almaState() text alive for JS to read
  std::map<SDL_FingerID, std::pair<double, double>> fingers;  // CSS pixels
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
  return changed;
}

double frameMs = 0, buildMs = 0;  // whole frame / ImGui build only (the rest is GL submission)

void buildFrame() {
  if (g.callbacks.beforeFrame) g.callbacks.beforeFrame();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  io.DeltaTime = std::max(io.DeltaTime, 1e-4f);  // a second build in the same tick (buildAgainNow)
  ImGui::NewFrame();
  if (g.callbacks.drawFrame) g.callbacks.drawFrame();
  ImGui::Render();
}

void drawFrame() {
  const double start = emscripten_get_now();
  buildFrame();
  // Until the first frame with data, the loading screen covers the canvas: frames are built (ImGui
  // measures auto-sized windows, the data is indexed) but nothing is drawn, so the browser
  // composites no canvas (in software, a read-back of every pixel per frame). Where the app needs
  // one more build before it can show anything, it is done at once, not a display refresh later.
  for (int extra = 0; !g.presenting && g.buildAgain && extra < 2; ++extra) {
    g.buildAgain = false;
    buildFrame();
  }
  g.buildAgain = false;
  buildMs = emscripten_get_now() - start;
  if (!g.presenting) {
    frameMs = buildMs;
    frameDrawn(g.scheduler);
    return;
  }
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

bool init(const char* title, std::string& error) {
  installBrowserBridges();  // first: later set-up may already call into JS helpers
  // Keys go to SDL only while the canvas has the focus: typing into any other element of the page
  // (an <input>, the accessible mirror) must reach that element, not the app.
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
  installClipboard();
  g.display.pixelRatio = 0;  // unknown yet: the first sync rasterises the fonts at the real ratio
  syncDisplay();
  watchPixelRatio();
  return true;
}

const Display& display() { return g.display; }
const Callbacks& callbacks() { return g.callbacks; }
unsigned long long framesDrawn() { return g.scheduler.framesDrawn; }
bool idle() { return g.paused; }
double lastFrameMs() { return frameMs; }
double lastBuildMs() { return buildMs; }

EM_JS(double, jsMemoryBytes, (), {
  return HEAP8.length + (performance.memory ? performance.memory.usedJSHeapSize : 0);
});
double memoryBytes() { return jsMemoryBytes(); }

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

void savePicture(int width, int height, float scale, const std::function<void()>& style, const std::function<void()>& draw,
                 const std::string& name) {
  const int w = static_cast<int>(std::lround(width * scale)), h = static_cast<int>(std::lround(height * scale));
  if (w <= 0 || h <= 0) return;
  // A context of its own (sharing the font atlas), so that the screen's windows, hover, focus and
  // queued input are untouched by the picture's frame.
  ImGuiContext* screen = ImGui::GetCurrentContext();
  ImGuiContext* picture = ImGui::CreateContext(ImGui::GetIO().Fonts);
  ImGui::SetCurrentContext(picture);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  io.DisplayFramebufferScale = ImVec2(scale, scale);
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplOpenGL3_Init("#version 300 es");
  fonts::buildAtlas(g.uiScale, scale);  // text rasterised for the picture's pixels
  style();
  ImGui_ImplOpenGL3_NewFrame();         // uploads the atlas for this context's renderer
  // Twice: ImGui sizes auto-sized windows (the legend) from their first frame, draws them from
  // the second.
  for (int frame = 0; frame < 2; ++frame) {
    ImGui::NewFrame();
    draw();
    ImGui::Render();
  }
  GLuint texture = 0, framebuffer = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glGenFramebuffers(1, &framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
  glViewport(0, 0, w, h);
  glClearColor(1, 1, 1, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glDeleteFramebuffers(1, &framebuffer);
  glDeleteTextures(1, &texture);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext(picture);
  ImGui::SetCurrentContext(screen);
  rebuildFonts();  // the shared atlas back at the screen's ratio, uploaded for the screen's renderer
  savePng(name, pixels.data(), w, h);
  wake(g.scheduler);
}

void requestFrames(int frames) {
  wake(g.scheduler, frames);
  resumeIfPaused();
}

EM_JS(void, jsWhenIdle, (), {
  const idle = window.requestIdleCallback || ((f) => setTimeout(() => f({ timeRemaining: () => 10 }), 1));
  idle((deadline) => _alma_idle(deadline.timeRemaining()));
});
std::function<bool(double)> idleWork;
void whenIdle(std::function<bool(double budgetMs)> work) {
  const bool asked = static_cast<bool>(idleWork);
  idleWork = std::move(work);
  if (!asked) jsWhenIdle();
}

// A message posted during the frame's animation-frame callback is handled after that frame's
// rendering step (style, layout, paint): the earliest moment the frame is known to be painted.
EM_JS(void, jsAfterPaint, (int id), {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { channel.port1.close(); _alma_painted(id, performance.now()); };
  channel.port2.postMessage(null);
});
std::map<int, std::function<void(double)>> paintWaiters;
int nextPaintWaiter = 0;
void afterPaint(std::function<void(double atMs)> then) {
  paintWaiters[nextPaintWaiter] = std::move(then);
  jsAfterPaint(nextPaintWaiter++);
}

EM_JS(void, jsAnnounceReady, (), { window.dispatchEvent(new Event("alma-ready")); });
void announceReady() {
  g.presenting = true;  // this frame is the first one drawn
  jsAnnounceReady();
}
void buildAgainNow() { g.buildAgain = true; }


void run(Callbacks callbacks) {
  g.callbacks = std::move(callbacks);
  SDL_AddEventWatch(onSdlEvent, nullptr);
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
EMSCRIPTEN_KEEPALIVE void alma_idle(double remainingMs) {
  using namespace alma::platform;
  // At most ~12 ms at a time, even in a long idle period: an input arriving meanwhile waits no longer.
  if (idleWork && idleWork(std::min(remainingMs, 12.0))) jsWhenIdle();
  else idleWork = nullptr;
}
EMSCRIPTEN_KEEPALIVE void alma_painted(int id, double atMs) {
  using namespace alma::platform;
  const auto it = paintWaiters.find(id);
  if (it == paintWaiters.end()) return;
  auto then = std::move(it->second);
  paintWaiters.erase(it);
  then(atMs);
}
// Where a geographic point is on screen (CSS pixels), or null (0) when it is not visible.
EMSCRIPTEN_KEEPALIVE const float* alma_screen_pos(double lon, double lat) {
  using namespace alma::platform;
  static float xy[2];
  if (!g.callbacks.screenPos || !g.callbacks.screenPos(lon, lat, xy[0], xy[1])) return nullptr;
  return xy;
}
}