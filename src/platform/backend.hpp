#pragma once
// The one seam between the app and its host. One implementation per target, chosen by CMake
// (backend_web.cpp: SDL2 + WebGL2 + browser bridges). UI code never calls SDL or Emscripten.
#include <functional>
#include <string>

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
  std::function<void(int request, std::string bytes)> fileLoaded;
  std::function<void(int request, std::string error)> fileFailed;
  std::function<void(std::string name, std::string bytes)> fileGiven;  // picked or dropped by the user
  std::function<void(std::string fragment)> fragmentChanged;  // Back/Forward or an edited #fragment
  std::function<std::string()> stateJson;                     // window.almaState()
  std::function<bool(double lon, double lat, float& x, float& y)> screenPos;  // window.almaScreenPos()
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
// Frames drawn since start; stays constant while the app idles.
unsigned long long framesDrawn();
// Ask for frames, e.g. after data arrives outside any input event.
void requestFrames(int frames);
// Starts an asynchronous fetch of a URL relative to the page; answers through fileLoaded/fileFailed.
int fetchFile(const std::string& url);
// Asks the browser for files (.json exports, .csv spreadsheets); answers through fileGiven.
// Dropping files anywhere on the page answers the same way (installed by init).
void openFilePicker();
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
// The first frame with the data is on screen: the page takes its loading screen away.
void announceReady();
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
// Hands `bytes` to the browser as a downloaded file named `name` (Blob + temporary <a download>).
void downloadFile(const std::string& name, const std::string& mime, const std::string& bytes);
// Runs the main loop (does not return on the web).
void run(Callbacks callbacks);

}  // namespace alma::platform
