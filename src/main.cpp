// Wires the three layers together: platform (window, loop, browser), core (data), ui (views).
#include <cstdio>
#include <ctime>
#include <map>
#include <string>

#include "core/dataset.hpp"
#include "core/loader.hpp"
#include "core/state_snapshot.hpp"
#include "core/version.hpp"
#include "platform/backend.hpp"
#include "platform/fonts.hpp"
#include "ui/app.hpp"

namespace {
alma::ui::App app;
std::map<int, std::string> pendingFiles;  // fetch request → file name shown in diagnostics

// The bundled exports, relative to the page (dist/data/).
constexpr const char* kBundledFiles[] = {"data/calls.json", "data/practices.json"};

alma::Date todayUtc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, alma::DatePrecision::Day};
}

void fileArrived(int request, std::string bytes) {
  const std::string name = pendingFiles[request];
  pendingFiles.erase(request);
  alma::apply(app.data, alma::loadExport(bytes, name));
  app.filesPending = static_cast<int>(pendingFiles.size());
}

void fileFailed(int request, std::string error) {
  const std::string name = pendingFiles[request];
  pendingFiles.erase(request);
  app.data.diagnostics.push_back({alma::Severity::Fatal, name, 0, "", "", "could not be downloaded: " + error});
  app.filesPending = static_cast<int>(pendingFiles.size());
}

std::string stateJson() {
  alma::StateSnapshot s;
  alma::ui::describe(app, s);
  s.frame = alma::platform::framesDrawn();
  const auto& d = alma::platform::display();
  s.display = {d.cssWidth, d.cssHeight, d.canvasWidth, d.canvasHeight, d.pixelRatio};
  s.font.family = alma::fonts::kFamily;
  s.font.sizePx = alma::fonts::kBodyPx * app.uiScale;
  s.font.rasterPx = s.font.sizePx * alma::fonts::kLineHeightPerEm * d.pixelRatio;
  s.font.missingGlyphs = alma::fonts::missingGlyphs(s.font.sample);
  return toJson(s);
}
}  // namespace

int main() {
  std::string error;
  if (!alma::platform::init(alma::kProductName, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  app.today = todayUtc();
  alma::ui::applyTheme(app.theme);
  for (const char* file : kBundledFiles) pendingFiles[alma::platform::fetchFile(file)] = file;
  app.filesPending = static_cast<int>(pendingFiles.size());

  alma::platform::Callbacks callbacks;
  callbacks.drawFrame = [] {
    alma::ui::drawApp(app);
    if (app.filesPending == 0) app.ready = true;  // this frame shows the data (or why it is missing)
  };
  callbacks.fileLoaded = fileArrived;
  callbacks.fileFailed = fileFailed;
  callbacks.stateJson = stateJson;
  alma::platform::run(std::move(callbacks));
  return 0;
}
