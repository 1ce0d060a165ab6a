#include "ui/labels.hpp"
#include "ui/derived.hpp"

#include <algorithm>
#include <chrono>

#include "core/map/call_places.hpp"
#include "core/view/selection.hpp"
#include "core/model/countries.hpp"
#include "core/model/product.hpp"

namespace alma::ui {

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
  return alma::selectionCalls(app.view.selection, app.data, visibleCalls(app), app.data.today);
}

std::string selectionTitle(const App& app) {
  return alma::selectionTitle(app.view.selection, app.data, app.data.map ? &*app.data.map : nullptr);
}

std::string pageTitle(App& app) {
  std::string what;
  if (app.view.tab == Tab::Practices) {
    const Practice* p = openPractice(app);
    what = p ? p->title : tr("tab.practices");
  } else if (app.view.tab == Tab::Calls) {
    what = tr("tab.calls");
  } else if (app.view.selection.kind != SelectionKind::None) {
    what = selectionTitle(app);
  }
  return what.empty() ? tr("product.name") : what + " — " + tr("product.name");
}

const std::optional<QrMatrix>& shareCode(App& app) {
  Derived& d = app.derived;
  if (d.shareCodeFor != app.screen.shareLink) {
    d.shareCodeFor = app.screen.shareLink;
    d.shareCode = app.screen.shareLink.empty() ? std::nullopt : qrFor(app.screen.shareLink);
  }
  return d.shareCode;
}

}  // namespace alma::ui
