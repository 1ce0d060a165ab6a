#pragma once
// The seam between the app and its host, part 1: the window, the main loop, the display (the one
// place that knows devicePixelRatio), the UI scale and frame timings. Part 2, browser.hpp: the
// page's services. One implementation per target, chosen by CMake (backend_web.cpp and
// browser_web.cpp for the browser, our only target). UI and core never call SDL or Emscripten.
#include <functional>
#include <string>
#include <string_view>

#include "core/io/byte_source.hpp"

namespace alma::platform {

// The canvas as the browser lays it out. The one place that knows about devicePixelRatio:
// canvas pixels = CSS size × pixelRatio; ImGui works in CSS pixels.
struct Display {
  int cssWidth = 0, cssHeight = 0;
  int canvasWidth = 0, canvasHeight = 0;
  float pixelRatio = 1.0f;
};

// A two-finger pinch since the last frame: zoom by `factor` around `centre` (CSS pixels).
struct Pinch {
  double factor = 1.0;
  double centreX = 0, centreY = 0;
  bool active() const { return factor != 1.0; }
};

struct Callbacks {
  std::function<void()> beforeFrame;  // outside any ImGui frame: the place to change fonts and style
  std::function<void()> drawFrame;                            // build one ImGui frame
  // A download, still in the page's memory: read it during the call (a window at a time, or whole),
  // never later. A 50 MB export is then never whole in the wasm heap.
  std::function<void(int request, ByteSource& bytes)> fileLoaded;
  std::function<void(int request, std::string error)> fileFailed;
  std::function<void(std::string name, std::string_view bytes)> fileGiven;  // picked or dropped by the user (as fileLoaded)
  // A file over the limit (setFileLimit), refused unread: a fetch (request ≥ 0) or a given file.
  std::function<void(int request, double bytes, std::string name)> fileTooLarge;
  std::function<void(std::string fragment)> fragmentChanged;  // Back/Forward or an edited #fragment
  std::function<std::string()> stateJson;                     // window.almaState()
  std::function<bool(double lon, double lat, float& x, float& y)> screenPos;  // window.almaScreenPos()
  // The accessible mirror (web/a11y.js): an element was activated ("tab", "map"…), or took the
  // focus (its canvas counterpart "kind:id", "" when the focus left the mirror).
  std::function<void(std::string act, std::string arg)> mirrorAction;
  std::function<void(std::string target)> mirrorFocus;
  // Where a click target ("kind:id") was drawn last (CSS px); false when it is not on screen.
  std::function<bool(const std::string& target, float rect[4])> targetRect;
};

// Creates the window, GL context and ImGui; false with a message when WebGL2 is missing.
bool init(const char* title, std::string& error);
const Display& display();
// UI scale (presenter mode): fonts are re-rasterised at the new size, never stretched.
void setUiScale(float scale);
// The pinch gathered from touch events since the last call (factor 1 when none).
Pinch takePinch();
// CPU milliseconds the last frame took (ImGui build, draw lists, GL submission).
double lastFrameMs();
double lastBuildMs();  // of which building the ImGui frame (views, layout, draw lists)
// Memory the page holds for the app: the wasm linear memory plus the JS heap in use (Chromium's
// performance.memory; 0 where the browser does not say), for benchmarks (state hook perf.memoryBytes).
double memoryBytes();
// Frames drawn since start; stays constant while the app idles.
unsigned long long framesDrawn();
// The loop is paused: every input was handled and the trailing frames drawn, so the screen is
// settled until the next event (what a browser test waits for after an action).
bool idle();
// Ask for frames, e.g. after data arrives outside any input event.
void requestFrames(int frames);
// A picture for slides: one ImGui frame in a context of its own (`style` sets its style, `draw`
// builds it) on a `width`×`height` CSS-px screen, rendered offscreen at `scale` pixels per CSS
// pixel with the fonts rasterised for that scale, handed to the browser as the PNG download `name`.
void savePicture(int width, int height, float scale, const std::function<void()>& style, const std::function<void()>& draw,
                 const std::string& name);
// Runs `work(budgetMs)` when the page is idle (requestIdleCallback: no frame or input waiting), again
// and again while it returns true: work that must never hold up what a visitor sees or does.
void whenIdle(std::function<bool(double budgetMs)> work);
// Calls `then` with the page's clock (performance.now(), ms) once the frame being built has been
// painted: after the browser's rendering step that follows it, as a visitor sees it.
void afterPaint(std::function<void(double atMs)> then);
// The frame being built is the first with the data: it is drawn (frames before it are only built),
// and the page takes its loading screen away.
void announceReady();
// Before announceReady: build the next frame straight after this one, in the same display refresh
// (ImGui sizes auto-sized windows in one frame and shows them from the next).
void buildAgainNow();
// Runs the main loop (does not return on the web).
void run(Callbacks callbacks);

}  // namespace alma::platform
