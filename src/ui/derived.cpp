#include "ui/derived.hpp"

#include <algorithm>
#include <chrono>

#include "core/map/call_places.hpp"
#include "core/model/countries.hpp"
#include "core/model/product.hpp"

namespace alma::ui {

namespace {
// The place a region stands for at its level: the country code at level 0, else its NUTS code.
const std::string& placeId(const MapRegion& r) { return r.level == 0 ? r.country : r.id; }
}  // namespace

const QueryResult& timedResult(App& app, QueryEngine& q) {
  // steady_clock is performance.now() under Emscripten: the in-browser figure.
  const auto t0 = std::chrono::steady_clock::now();
  const QueryResult& r = q.result();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  QueryTiming& t = &q == &app.view.practices ? app.derived.practiceTiming : app.derived.callTiming;
  if (r.revision != t.revision) {  // recomputed by this call (otherwise it was a cached read)
    t.revision = r.revision;
    if (t.samples.size() >= 256) t.samples.erase(t.samples.begin());
    t.samples.push_back(ms);
  }
  return r;
}

const std::vector<int>& visibleCalls(App& app) {
  Derived& d = app.derived;
  const QueryResult& r = timedResult(app, app.view.calls);
  if (r.revision != d.visibleFor) {
    d.visibleCalls.assign(r.rows.begin(), r.rows.end());
    d.visibleFor = r.revision;
    ++d.visibleVersion;
  }
  return d.visibleCalls;
}

const std::vector<std::optional<CallStatus>>& regionStatuses(App& app) {
  Derived& d = app.derived;
  const std::vector<int>& visible = visibleCalls(app);
  const MapAsset* map = app.data.map ? &*app.data.map : nullptr;
  if (d.regionStatusFor == d.visibleVersion && d.regionStatusMap == map) return d.regionStatus;
  d.regionStatus.assign(map ? map->regions.size() : 0, std::nullopt);
  if (map && app.data.calls)
    for (std::size_t i = 0; i < map->regions.size(); ++i)
      d.regionStatus[i] = bestStatus(summarisePlace(app.data.calls->calls, visible, placeId(map->regions[i]), app.data.today));
  d.regionStatusFor = d.visibleVersion;
  d.regionStatusMap = map;
  return d.regionStatus;
}

const std::vector<std::uint32_t>& listedCalls(App& app) {
  Derived& d = app.derived;
  const QueryResult& r = timedResult(app, app.view.calls);
  const std::string place = mapPlace(app.view);
  if (place.empty()) return r.rows;
  const auto records = app.view.calls.records();
  if (r.revision != d.listedFor || place != d.listedPlace || records.data() != d.listedBase) {
    d.listedCalls.clear();
    for (std::uint32_t i : r.rows) {
      const Call& c = records[i];
      if (place == "EU" ? c.country == "EU" : callCoversPlace(c, place)) d.listedCalls.push_back(i);
    }
    d.listedFor = r.revision, d.listedPlace = place, d.listedBase = records.data();
  }
  return d.listedCalls;
}

const Practice* openPractice(App& app) {
  Derived& d = app.derived;
  const std::string& id = app.view.openPractice;
  const auto records = app.view.practices.records();
  if (id.empty() || records.empty()) return nullptr;
  if (id != d.openPracticeId || records.data() != d.openPracticeBase) {
    d.openPracticeId = id;
    d.openPracticeBase = records.data();
    const auto it = std::find_if(records.begin(), records.end(), [&](const Practice& p) { return p.id == id; });
    d.openPractice = it == records.end() ? nullptr : &*it;
  }
  return d.openPractice;
}

std::vector<int> selectionCalls(App& app) {
  if (!app.data.calls) return {};
  const auto& calls = app.data.calls->calls;
  const std::vector<int>& visible = visibleCalls(app);
  const Selection& s = app.view.selection;
  std::vector<int> out;
  switch (s.kind) {
    case SelectionKind::Country:
      if (s.id == "EU") {
        for (int i : visible)
          if (calls[static_cast<std::size_t>(i)].country == "EU") out.push_back(i);
        return out;
      }
      [[fallthrough]];
    case SelectionKind::Region: return summarisePlace(calls, visible, s.id, app.data.today).calls;
    case SelectionKind::Call:
      for (int i : visible)
        if (calls[static_cast<std::size_t>(i)].id == s.id) out.push_back(i);
      return out;
    default: return out;
  }
}

std::string selectionTitle(const App& app) {
  const Selection& s = app.view.selection;
  if (s.id == "EU") return "EU-level ALMA calls";
  if (s.kind == SelectionKind::Call && app.data.calls) {
    for (const Call& c : app.data.calls->calls)
      if (c.id == s.id) return c.country == "EU" ? "EU-level ALMA call" : "ALMA call · " + countryLabel(c.country);
  }
  if (s.kind == SelectionKind::Country) return countryLabel(s.id);
  if (s.kind == SelectionKind::Region && app.data.map) {
    const int r = app.data.map->findRegion(s.id);
    if (r >= 0) {
      const MapRegion& region = app.data.map->regions[static_cast<std::size_t>(r)];
      return regionLabel(region) + " (" + std::string(countryNameEnglish(region.country)) + ")";
    }
  }
  return s.id;
}

std::string pageTitle(App& app) {
  std::string what;
  if (app.view.tab == Tab::Practices) {
    const Practice* p = openPractice(app);
    what = p ? p->title : "Practices";
  } else if (app.view.tab == Tab::Calls) {
    what = "Calls";
  } else if (app.view.selection.kind != SelectionKind::None) {
    what = selectionTitle(app);
  }
  return what.empty() ? kProductName : what + " — " + kProductName;
}

}  // namespace alma::ui
