#include "input.hpp"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace mapgen {
namespace {

using nlohmann::json;

// nlohmann is built with JSON_NOEXCEPTION here (alma_core's setting): check every type first.
bool path(const json& j, Path& out) {
  if (!j.is_array()) return false;
  out.clear();
  out.reserve(j.size());
  for (const json& p : j) {
    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) return false;
    out.push_back({p[0].get<double>(), p[1].get<double>()});
  }
  return true;
}

bool paths(const json& j, std::vector<Path>& out) {
  if (!j.is_array()) return false;
  out.resize(j.size());
  for (std::size_t i = 0; i < j.size(); ++i)
    if (!path(j[i], out[i])) return false;
  return true;
}

bool polygons(const json& j, std::vector<Polygon>& out) {
  if (!j.is_array()) return false;
  out.resize(j.size());
  for (std::size_t i = 0; i < j.size(); ++i)
    if (!paths(j[i], out[i]) || out[i].empty()) return false;
  return true;
}

bool rect(const json& j, alma::MapRect& out) {
  if (!j.is_object()) return false;
  for (const char* k : {"minX", "minY", "maxX", "maxY"})
    if (!j.contains(k) || !j[k].is_number()) return false;
  out = {j["minX"].get<double>(), j["minY"].get<double>(), j["maxX"].get<double>(), j["maxY"].get<double>()};
  return true;
}

bool text(const json& j, const char* key, std::string& out) {
  if (!j.contains(key) || !j[key].is_string()) return false;
  out = j[key].get<std::string>();
  return true;
}

}  // namespace

bool readInput(const std::string& file, Input& in, std::string& error) {
  std::ifstream f(file, std::ios::binary);
  if (!f) return error = "cannot read " + file, false;
  const std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  const json j = json::parse(bytes, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return error = file + " is not JSON", false;
  if (j.contains("sources") && j["sources"].is_object())
    for (const auto& [k, v] : j["sources"].items())
      if (v.is_string()) in.sources += k + ": " + v.get<std::string>() + "; ";

  if (!j.contains("regions") || !j["regions"].is_array()) return error = "no regions", false;
  for (const json& r : j["regions"]) {
    InputRegion g;
    if (!r.is_object() || !text(r, "id", g.id) || !text(r, "country", g.country) ||
        !text(r, "nameLatin", g.nameLatin) || !text(r, "nameNative", g.nameNative) || !r.contains("level") ||
        !r["level"].is_number_integer() || !r.contains("polygons") || !polygons(r["polygons"], g.polygons) ||
        !r.contains("insetPolygons") || !polygons(r["insetPolygons"], g.insetPolygons))
      return error = "malformed region " + g.id, false;
    g.level = r["level"].get<int>();
    in.regions.push_back(std::move(g));
  }
  const char* classes[4] = {"outer", "0", "1", "2"};
  for (int c = 0; c < 4; ++c)
    if (!j.contains("borders") || !j["borders"].contains(classes[c]) || !paths(j["borders"][classes[c]], in.nutsBorders[c]))
      return error = std::string("malformed borders ") + classes[c], false;
  if (!j["borders"].contains("insetOuter") || !paths(j["borders"]["insetOuter"], in.insetCoasts))
    return error = "malformed borders insetOuter", false;
  if (!j.contains("frame") || !rect(j["frame"], in.frame) || !j.contains("extent") || !rect(j["extent"], in.extent))
    return error = "no frame or extent", false;
  if (!j.contains("insetAreas") || !j["insetAreas"].is_array()) return error = "no inset areas", false;
  for (const json& b : j["insetAreas"]) {
    if (!b.is_array() || b.size() != 4) return error = "malformed inset area", false;
    for (const json& v : b)
      if (!v.is_number()) return error = "malformed inset area", false;
    in.insetAreas.push_back({b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()});
  }
  if (!j.contains("neighbours") || !j["neighbours"].is_array()) return error = "no neighbours", false;
  for (const json& n : j["neighbours"]) {
    InputNeighbour g;
    if (!n.is_object() || !text(n, "code", g.code) || !text(n, "name", g.name) || !n.contains("polygons") ||
        !polygons(n["polygons"], g.polygons))
      return error = "malformed neighbour " + g.code, false;
    in.neighbours.push_back(std::move(g));
  }
  if (!j.contains("neighbourBorders") || !paths(j["neighbourBorders"], in.neighbourBorders))
    return error = "malformed neighbour borders", false;
  return true;
}

}  // namespace mapgen
