#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/map/map_frame.hpp"

using namespace alma;

TEST_CASE("map frame: the mainland map plane is EPSG:3035 itself") {
  const MapPoint berlin = toMapPlane(13.405, 52.52);
  const Projected ref = toEpsg3035(13.405, 52.52);
  CHECK(berlin.x == ref.easting);
  CHECK(berlin.y == ref.northing);
  CHECK(kEuropeFrame.contains(berlin));
  CHECK(insetIndexOf(13.405, 52.52) == -1);
  // Eurostat's frame holds Cyprus, Malta, Iceland and Nordkapp.
  for (auto [lon, lat] : {std::pair{33.38, 35.19}, {14.51, 35.90}, {-21.94, 64.15}, {25.78, 71.17}})
    CHECK(kEuropeFrame.contains(toMapPlane(lon, lat)));
}

TEST_CASE("map frame: eight inset boxes inside the frame and apart from each other") {
  const auto all = insets();
  REQUIRE(all.size() == 8);
  const char* ids[] = {"ES70", "PT20", "PT30", "FRY1", "FRY2", "FRY3", "FRY4", "FRY5"};
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Inset& a = all[i];
    CAPTURE(std::string(a.name));
    CHECK(a.nutsId == ids[i]);
    CHECK(insetIndexOfRegion(ids[i]) == static_cast<int>(i));
    CHECK(kEuropeFrame.contains({a.box.minX, a.box.minY}));
    CHECK(kEuropeFrame.contains({a.box.maxX, a.box.maxY}));
    CHECK(a.scale > 0);
    // one scale for x and y: the shown source area has the box's aspect ratio
    CHECK(std::abs(a.source.width() * a.scale - a.box.width()) < 1e-6);
    CHECK(std::abs(a.source.height() * a.scale - a.box.height()) < 1e-6);
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      const MapRect& b = all[j].box;
      CHECK((a.box.maxX < b.minX || b.maxX < a.box.minX || a.box.maxY < b.minY || b.maxY < a.box.minY));
    }
    // the inset's centre lands in the middle of its box, and a box point maps back to it
    const LaeaParams& o = a.projection.params();
    const MapPoint c = toMapPlane(o.lon0Deg, o.lat0Deg);
    CHECK(insetIndexAt(c) == static_cast<int>(i));
    CHECK(std::abs(c.x - (a.box.minX + a.box.maxX) / 2) < 1e-6);
    CHECK(std::abs(c.y - (a.box.minY + a.box.maxY) / 2) < 1e-6);
  }
  CHECK(insetIndexOfRegion("DE30") == -1);
}

TEST_CASE("map frame: Las Palmas goes to the Canarias box and back") {
  const MapPoint p = toMapPlane(-15.4333, 28.1333);
  CHECK(insetIndexAt(p) == insetIndexOfRegion("ES70"));
  const auto back = fromMapPlane(p);
  REQUIRE(back.has_value());
  CHECK(std::abs(back->lon + 15.4333) < 1e-9);
  CHECK(std::abs(back->lat - 28.1333) < 1e-9);
  // Réunion too, on the other side of the equator and of Greenwich
  const MapPoint r = toMapPlane(55.45, -20.88);
  CHECK(insetIndexAt(r) == insetIndexOfRegion("FRY4"));
}

TEST_CASE("map frame: inverse on the mainland and nothing outside the frame") {
  const auto g = fromMapPlane({4321000, 3210000});
  REQUIRE(g.has_value());
  CHECK(std::abs(g->lon - 10) < 1e-9);
  CHECK(std::abs(g->lat - 52) < 1e-9);
  CHECK_FALSE(fromMapPlane({kEuropeFrame.minX - 1, 3000000}).has_value());
  // Places deliberately left off the map come back outside the frame.
  CHECK_FALSE(kEuropeFrame.contains(toMapPlane(-63.05, 18.07)));  // Saint-Martin
  CHECK_FALSE(kEuropeFrame.contains(toMapPlane(-15.87, 30.14)));  // Selvagens
  CHECK_FALSE(kEuropeFrame.contains(toMapPlane(15.6, 78.2)));     // Svalbard
}
