// The view never shows past what the map asset covers (kContextExtent), at any zoom and aspect
// ratio, and the initial view fits EU27 into the part of the map area that legend and buttons
// leave free (core/map/viewport.hpp: clampView, minZoom, fitView).
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/map/viewport.hpp"

using namespace alma;

namespace {

struct Size {
  const char* name;
  double w, h;
};
// Phone portrait, old 4:3, laptop 16:10, 4K, 21:9, phone landscape.
const Size kSizes[] = {{"390x844", 390, 844},     {"1024x768", 1024, 768},  {"1280x800", 1280, 800},
                       {"3840x2160", 3840, 2160}, {"2560x1080", 2560, 1080}, {"844x390", 844, 390}};

bool insideExtent(const MapView& v, ScreenRect area) {
  const MapRect r = visibleWorld(v, area);
  const double eps = 1e-6 * kContextExtent.width();
  return r.minX >= kContextExtent.minX - eps && r.maxX <= kContextExtent.maxX + eps &&
         r.minY >= kContextExtent.minY - eps && r.maxY <= kContextExtent.maxY + eps;
}

}  // namespace

TEST_CASE("map fit: zooming out and panning to the far corners never shows past the covered extent") {
  for (const Size& size : kSizes) {
    const ScreenRect area{0, 40, size.w, size.h};  // below a top bar
    CAPTURE(std::string(size.name));
    const ScreenPoint corners[] = {{area.x, area.y}, {area.x + area.w - 1, area.y + area.h - 1}, {area.x + area.w / 2, area.y + area.h / 2}};
    for (double zoom : {kMinZoom, 1.3, 2.0, 5.0, kMaxZoom}) {
      for (const ScreenPoint cursor : corners) {
        MapView v{{4321000, 3210000}, zoom};
        clampView(v, area);
        zoomAt(v, area, cursor, 1e-3);  // all the way out, around a corner of the screen
        CHECK(v.zoom == doctest::Approx(minZoom(area)));
        CHECK(insideExtent(v, area));
        v.zoom = zoom;
        clampView(v, area);
        for (double dx : {-1e7, 0.0, 1e7})
          for (double dy : {-1e7, 0.0, 1e7}) {
            MapView p = v;
            panBy(p, area, dx, dy);  // dragged as far as it goes
            CHECK(insideExtent(p, area));
            CHECK(kEuropeFrame.contains(p.center));  // and the map itself is never lost
            for (int k = 0; k < 10; ++k) zoomAt(p, area, cursor, 0.8);
            CHECK(insideExtent(p, area));
          }
      }
    }
    // Any view at all (a hand-edited link, a resize) comes back inside.
    for (double x : {-5e7, 0.0, 4.3e6, 9e6, 5e7})
      for (double y : {-5e7, 0.0, 3.2e6, 8e6, 5e7})
        for (double zoom : {0.0, 0.5, 1.0, 3.0, 100.0}) {
          MapView v{{x, y}, zoom};
          clampView(v, area);
          CHECK(insideExtent(v, area));
          CHECK(v.zoom >= minZoom(area));
          CHECK(v.zoom <= kMaxZoom);
        }
  }
}

TEST_CASE("map fit: the minimum zoom rises only where the aspect ratio needs it") {
  CHECK(minZoom({0, 0, 1280, 800}) == kMinZoom);
  CHECK(minZoom({0, 0, 1024, 768}) == kMinZoom);
  CHECK(minZoom({0, 0, 3840, 2160}) == kMinZoom);
  CHECK(minZoom({0, 0, 2560, 1080}) > kMinZoom);  // 21:9
  CHECK(minZoom({0, 0, 2560, 1080}) < 1.0);       // but Eurostat's frame still fits
  const ScreenRect phone{0, 0, 390, 844};
  CHECK(minZoom(phone) > kMinZoom);
  // All the way out, a phone shows the covered extent's full height: sea and land to both edges.
  MapView v{{4321000, 3210000}, kMinZoom};
  clampView(v, phone);
  CHECK(visibleWorld(v, phone).height() == doctest::Approx(kContextExtent.height()));
  const ScreenRect superWide{0, 0, 5120, 1440};  // 32:9
  CHECK(minZoom(superWide) > kMinZoom);
}

TEST_CASE("map fit: EU27's mainland bounds, from its extreme points") {
  const MapRect eu = eu27MainlandBounds();
  CHECK(eu.minX == doctest::Approx(2.636e6).epsilon(1e-3));  // Cabo de São Vicente
  CHECK(eu.maxX == doctest::Approx(6.526e6).epsilon(1e-3));  // Cape Apostolos Andreas
  CHECK(eu.minY == doctest::Approx(1.386e6).epsilon(1e-3));  // Lampedusa
  CHECK(eu.maxY == doctest::Approx(5.307e6).epsilon(1e-3));  // northern Finland
  CHECK(kEuropeFrame.contains({eu.minX, eu.minY}));
  CHECK(kEuropeFrame.contains({eu.maxX, eu.maxY}));
}

TEST_CASE("map fit: EU27 fitted into the free part of the map area lands inside it, as large as it goes") {
  struct Case {
    const char* name;
    ScreenRect area, free;
  };
  const Case cases[] = {
      {"phone, legend below", {0, 56, 390, 788}, {8, 110, 374, 480}},
      {"phone, whole area", {0, 56, 390, 788}, {0, 56, 390, 788}},
      {"phone, whole screen", {0, 0, 390, 844}, {8, 60, 374, 700}},
      {"phone landscape", {0, 48, 844, 342}, {170, 56, 600, 320}},
      {"4:3, legend left", {0, 48, 1024, 720}, {200, 60, 810, 650}},
      {"laptop", {0, 48, 1280, 752}, {230, 60, 1000, 680}},
      {"laptop, details panel open", {0, 48, 1280, 752}, {230, 60, 580, 680}},
      {"1080p", {0, 56, 1920, 1024}, {300, 70, 1560, 950}},
      {"4K", {0, 64, 3840, 2096}, {500, 80, 3200, 2000}},
  };
  const MapRect eu = eu27MainlandBounds();
  for (const Case& c : cases) {
    CAPTURE(std::string(c.name));
    const MapView v = fitView(eu, c.area, c.free);
    const ScreenPoint a = worldToScreen(v, c.area, {eu.minX, eu.maxY}), b = worldToScreen(v, c.area, {eu.maxX, eu.minY});
    const ScreenRect& f = c.free;
    CHECK(a.x >= f.x - 1);
    CHECK(a.y >= f.y - 1);
    CHECK(b.x <= f.x + f.w + 1);
    CHECK(b.y <= f.y + f.h + 1);
    // As large as it goes: it spans the free part's width or its height.
    const bool spans = std::abs((b.x - a.x) - f.w) < 1 || std::abs((b.y - a.y) - f.h) < 1;
    CHECK(spans);
    // ...and it is a valid view already (clamping changes nothing), covered to the edges.
    MapView clamped = v;
    clampView(clamped, c.area);
    CHECK(clamped.zoom == doctest::Approx(v.zoom));
    CHECK(clamped.center.x == doctest::Approx(v.center.x));
    CHECK(clamped.center.y == doctest::Approx(v.center.y));
    CHECK(insideExtent(v, c.area));
  }
}

TEST_CASE("map fit: wider than ~2.5:1 the covered extent limits the fit, which then stays on screen") {
  // 21:9 with a top bar: EU27 fitted to the free height would need 10.6 Mm of width, the extent
  // has 10.4 Mm, so the view zooms in 2 %: EU27 reaches a few pixels past the free part.
  const ScreenRect area{0, 56, 2560, 1024}, free{300, 70, 2200, 950};
  const MapRect eu = eu27MainlandBounds();
  const MapView v = fitView(eu, area, free);
  CHECK(insideExtent(v, area));
  const ScreenPoint a = worldToScreen(v, area, {eu.minX, eu.maxY}), b = worldToScreen(v, area, {eu.maxX, eu.minY});
  CHECK(area.contains(a));
  CHECK(area.contains(b));
  CHECK((b.y - a.y) < free.h * 1.03);
}

TEST_CASE("map fit: a free part outside the area or empty means the whole area, a bad world the default") {
  const ScreenRect area{0, 40, 1280, 760};
  const MapRect eu = eu27MainlandBounds();
  const MapView whole = fitView(eu, area, area);
  for (const ScreenRect free : {ScreenRect{}, ScreenRect{5000, 5000, 10, 10}, ScreenRect{-100, -100, 5000, 5000}}) {
    const MapView v = fitView(eu, area, free);
    CHECK(v.zoom == doctest::Approx(whole.zoom));
    CHECK(v.center.x == doctest::Approx(whole.center.x));
    CHECK(v.center.y == doctest::Approx(whole.center.y));
  }
  const MapView bad = fitView(MapRect{}, area, area);
  CHECK(insideExtent(bad, area));
  CHECK(kEuropeFrame.contains(bad.center));
}
