#include <doctest/doctest.h>
#include <cmath>

#include "core/map/viewport.hpp"

using namespace alma;

namespace {
const ScreenRect kArea{0, 40, 1280, 760};
}

TEST_CASE("map view: world → screen → world is the identity, and north is up") {
  MapView v{{4321000, 3210000}, 3.0};
  const MapPoint p{4500000, 3000000};
  const ScreenPoint s = worldToScreen(v, kArea, p);
  const MapPoint back = screenToWorld(v, kArea, s);
  CHECK(back.x == doctest::Approx(p.x).epsilon(1e-12));
  CHECK(back.y == doctest::Approx(p.y).epsilon(1e-12));
  CHECK(worldToScreen(v, kArea, {4321000, 3300000}).y < worldToScreen(v, kArea, {4321000, 3200000}).y);
}

TEST_CASE("map view: at zoom 1 the whole Europe frame fits the map area") {
  MapView v;
  const ScreenPoint a = worldToScreen(v, kArea, {kEuropeFrame.minX, kEuropeFrame.maxY});
  const ScreenPoint b = worldToScreen(v, kArea, {kEuropeFrame.maxX, kEuropeFrame.minY});
  CHECK(a.x >= kArea.x - 1e-6);
  CHECK(a.y >= kArea.y - 1e-6);
  CHECK(b.x <= kArea.x + kArea.w + 1e-6);
  CHECK(b.y <= kArea.y + kArea.h + 1e-6);
  const bool fillsOneSide = std::abs((b.x - a.x) - kArea.w) < 1e-6 || std::abs((b.y - a.y) - kArea.h) < 1e-6;
  CHECK(fillsOneSide);
}

TEST_CASE("map view: wheel zoom keeps the point under the cursor fixed") {
  MapView v;
  const ScreenPoint cursor{300, 500};
  const MapPoint before = screenToWorld(v, kArea, cursor);
  zoomAt(v, kArea, cursor, 2.0);
  CHECK(v.zoom == doctest::Approx(2.0));
  const MapPoint after = screenToWorld(v, kArea, cursor);
  CHECK(after.x == doctest::Approx(before.x));
  CHECK(after.y == doctest::Approx(before.y));
}

TEST_CASE("map view: zoom limits hold and the map cannot be dragged away") {
  MapView v;
  zoomAt(v, kArea, {640, 420}, 0.1);
  CHECK(v.zoom == kMinZoom);
  for (int i = 0; i < 50; ++i) zoomAt(v, kArea, {640, 420}, 2.0);
  CHECK(v.zoom == kMaxZoom);
  panBy(v, kArea, 1e9, -1e9);
  CHECK(kEuropeFrame.contains(v.center));
}

TEST_CASE("map view: dragging moves the content with the pointer") {
  MapView v{{4321000, 3210000}, 2.0};
  const MapPoint grabbed = screenToWorld(v, kArea, {600, 400});
  panBy(v, kArea, 40, -25);
  const MapPoint underPointer = screenToWorld(v, kArea, {640, 375});
  CHECK(underPointer.x == doctest::Approx(grabbed.x));
  CHECK(underPointer.y == doctest::Approx(grabbed.y));
}

TEST_CASE("map view: level of detail follows zoom (countries → NUTS-1 → NUTS-2)") {
  CHECK(detailLevel(1.0) == 0);
  CHECK(detailLevel(3.0) == 1);
  CHECK(detailLevel(8.0) == 2);
}

TEST_CASE("map view: the visible world rectangle matches the screen corners") {
  MapView v{{5000000, 3000000}, 4.0};
  const MapRect r = visibleWorld(v, kArea);
  CHECK(r.contains(v.center));
  CHECK(r.width() == doctest::Approx(kArea.w / (baseScale(kArea) * 4.0)));
}
