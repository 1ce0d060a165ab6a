// Wires the three layers together: platform (window, loop, browser), core (data), ui (views).
#include <cstdio>
#include <string>

#include "core/state_snapshot.hpp"
#include "core/version.hpp"
#include "platform/backend.hpp"
#include "platform/fonts.hpp"
#include "ui/app.hpp"

namespace {
alma::ui::App app;

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
  alma::ui::applyTheme(app.theme);
  alma::platform::Callbacks callbacks;
  callbacks.drawFrame = [] {
    alma::ui::drawApp(app);
    app.ready = true;
  };
  callbacks.stateJson = stateJson;
  alma::platform::run(std::move(callbacks));
  return 0;
}
