// Wires the three layers together: platform (window, loop, browser), core (data), ui (views).
// It owns the loading of files (App::data), keeps the address bar in step with the view state,
// and carries out what the views requested during a frame (App::requests).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <ctime>
#include <map>
#include <string>

#include "core/i18n/messages.hpp"
#include "core/io/loader.hpp"
#include "core/io/origins.hpp"
#include "core/io/user_file.hpp"
#include "core/model/dates.hpp"
#include "core/model/product.hpp"
#include "core/view/mirror.hpp"
#include "platform/backend.hpp"
#include "platform/browser.hpp"
#include "platform/fonts.hpp"
#include "ui/app.hpp"
#include "ui/derived.hpp"
#include "ui/mirror_actions.hpp"
#include "ui/views.hpp"

namespace {
alma::ui::App app;
std::map<int, std::string> pendingFiles;       // fetch request → file name shown in diagnostics
std::map<std::string, std::string> fallbacks;  // a ?calls= / ?practices= URL → the bundled file
alma::OriginPolicy originPolicy;                // from atlas-config.json: where links may load exports from
std::vector<std::pair<std::string, std::string>> askedByLink;  // URL, bundled file: waiting for the policy
std::map<std::string, std::string> otherSite;   // an allowed link's URL → its site's host (the banner)
int framesWithData = 0;
std::string shareLinkFor;  // the fragment and hosted address app.screen.shareLink was made from
std::string shownFragment;    // what the address bar says now
std::string shownMeaningful;  // its part that counts as a Back/Forward step
bool linkApplied = false;     // the page's own fragment is applied once the data is there
std::string mirrorShown;      // what the accessible mirror was last built from (publishMirror)
std::uint64_t mirrorRowsFor = ~0ULL;  // the table result its row count was set for
std::string ownLanguage = "en";  // the visitor's: remembered choice, else the browser's preferred languages
std::string languageAsked;       // the language whose catalog is on its way (or failed to come)
bool languageFailed = false;     // it failed: not asked for again, the words stay as they are
int languageGlyphsMissing = 0;   // of the current catalog's text (state hook)
int languageFallbacks = 0;       // its keys missing, shown in English (state hook)

// Keeps the address bar describing the view: a new history step for meaningful changes (tab,
// selection, filters, sort), a silent replace for map moves and typing. Not while the pointer is
// down: a drag would otherwise rewrite the URL on every frame.
void syncFragment(const alma::LinkState& link, const std::string& f) {
  if (!linkApplied || ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
  if (f == shownFragment) return;
  const std::string meaningful = alma::meaningfulPart(link);
  alma::platform::setFragment(f, meaningful != shownMeaningful);
  shownFragment = f;
  shownMeaningful = meaningful;
  alma::platform::setTitle(alma::ui::pageTitle(app));
}

void fragmentChanged(std::string f) {  // Back/Forward, or a fragment typed into the address bar
  if (!linkApplied || f == shownFragment) return;
  const alma::LinkState link = alma::decodeFragment(f);
  alma::applyLink(app.view, link);
  shownFragment = f;
  shownMeaningful = alma::meaningfulPart(link);
}

// ---- The interface language: the view's choice (menu, link) or the visitor's own. Its catalog is
// fetched like the exports (i18n/<code>.json; the one-file page embeds every catalog); English is
// built in. Switching keeps the view: only the words change.
std::string catalogFile(const std::string& code) { return "i18n/" + code + ".json"; }

void languageApplied() {
  const alma::i18n::Messages& m = alma::i18n::messages();
  alma::platform::setDocumentLanguage(std::string(m.language().code));
  alma::platform::setTitle(alma::ui::pageTitle(app));
  const alma::i18n::Catalog& shown = m.catalog().empty() ? alma::i18n::englishCatalog() : m.catalog();
  std::string text;
  for (std::string_view t : shown.allTexts()) text += t;
  languageGlyphsMissing = alma::fonts::missingGlyphs(text);
  languageFallbacks = 0;
  if (m.language().code != "en")  // English is the fallback itself
    for (const std::string& key : alma::i18n::englishCatalog().keys()) languageFallbacks += m.hasOwn(key) ? 0 : 1;
  alma::platform::requestFrames(2);
}

void followLanguage() {
  const std::string want = app.view.language.empty() ? ownLanguage : app.view.language;
  if (want == alma::i18n::messages().language().code || want == languageAsked) return;
  const alma::i18n::Language* l = alma::i18n::findLanguage(want, /*allowPseudo=*/true);
  if (!l || l->code != want) {  // a link's unknown language: the visitor's own instead
    app.view.language.clear();
    return;
  }
  if (!app.view.language.empty()) {  // remembered, here too: Back to a link without lang keeps it
    alma::platform::saveSetting("lang", app.view.language);
    ownLanguage = app.view.language;
  }
  languageAsked = want;
  languageFailed = false;
  if (want == "en") {
    alma::i18n::messages().setLanguage(*l, {});
    languageApplied();
    return;
  }
  pendingFiles[alma::platform::fetchFile(catalogFile(want))] = catalogFile(want);
  app.data.filesPending = static_cast<int>(pendingFiles.size());
}

void catalogArrived(const std::string& name, std::string_view bytes) {
  std::vector<std::string> problems;
  alma::i18n::Catalog catalog = alma::i18n::Catalog::parse(bytes, problems);
  for (const std::string& p : problems)
    app.data.diagnostics.push_back({alma::Severity::Warning, name, 0, "", "", p + " (shown in English instead)"});
  const std::string code = name.substr(5, name.size() - 10);  // i18n/<code>.json
  if (const alma::i18n::Language* l = alma::i18n::findLanguage(code, true); l && code == languageAsked) {
    alma::i18n::messages().setLanguage(*l, std::move(catalog));
    languageApplied();
  }
}

// The bundled exports, the map geometry and the deployment's settings, relative to the page (dist/).
constexpr const char* kBundledFiles[] = {"data/calls.json", "data/practices.json"};
constexpr const char* kMapFile = "map/atlas.bin";
constexpr const char* kConfigFile = "atlas-config.json";

// The policy is known: each export a link asks for is loaded when its site is allowed, else the
// bundled one is, with a message that says why (the data panel opens).
void loadAskedByLink() {
  const std::string page = alma::platform::pageOrigin();
  for (const auto& [url, bundled] : askedByLink) {
    const std::string origin = alma::platform::urlOrigin(url);
    if (alma::allowsOrigin(originPolicy, page, origin)) {
      fallbacks[url] = bundled;
      if (origin != page) otherSite[url] = alma::originHost(origin);
      pendingFiles[alma::platform::fetchFile(url)] = url;
      continue;
    }
    std::string sites = "this site";
    for (const std::string& o : originPolicy.exportsFrom) sites += ", " + o;
    app.data.diagnostics.push_back({alma::Severity::Fatal, url, 0, "", "",
                                    "was not opened: links may open exports only from " + sites + " (" + kConfigFile +
                                        "); the bundled data is shown"});
    app.screen.dataPanel = true;
    pendingFiles[alma::platform::fetchFile(bundled)] = bundled;
  }
  askedByLink.clear();
}

alma::Date todayUtc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, alma::DatePrecision::Day};
}

// A file the user picked or dropped: JSON export or CSV spreadsheet. A rejected file only adds its
// diagnostics (the data on screen stays); problems open the data panel once, so they are seen.
void fileGiven(std::string name, std::string_view bytes) {
  auto outcome = alma::loadUserFile(bytes, name, alma::isoDate(app.data.today));
  const bool problems = alma::countAtLeast(outcome.diagnostics, alma::Severity::Error) > 0;
  alma::apply(app.data, std::move(outcome));
  alma::ui::rebuildQueries(app);
  if (problems) app.screen.dataPanel = true;
}

void fileArrived(int request, alma::ByteSource& source) {
  const std::string name = pendingFiles[request];
  pendingFiles.erase(request);
  if (name.rfind("i18n/", 0) == 0) {
    catalogArrived(name, source.whole());
  } else if (name == kConfigFile) {
    originPolicy = alma::parseOriginPolicy(source.whole(), name, app.data.diagnostics);
    loadAskedByLink();
  } else if (name == kMapFile) {
    const std::string_view bytes = source.whole();
    auto parsed = alma::parseMapAsset({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
    if (parsed.asset) app.data.map = std::move(parsed.asset);
    else app.data.mapError = parsed.error;
  } else {
    alma::LoadOutcome outcome = alma::loadExport(source, name);  // read a window at a time
    if (const auto site = otherSite.find(name); site != otherSite.end())
      outcome.calls.info.from = outcome.practices.info.from = site->second;  // shown in the banner
    alma::apply(app.data, std::move(outcome));
    alma::ui::rebuildQueries(app);
  }
  app.data.filesPending = static_cast<int>(pendingFiles.size());
  ++app.data.revision;
}

void fileFailed(int request, std::string error) {
  const std::string name = pendingFiles[request];
  pendingFiles.erase(request);
  // An export named in the link could not be had: say so, and show the bundled one instead.
  if (const auto fb = fallbacks.find(name); fb != fallbacks.end()) {
    pendingFiles[alma::platform::fetchFile(fb->second)] = fb->second;
    fallbacks.erase(fb);
  }
  if (name.rfind("i18n/", 0) == 0) {  // the words stay as they are; say why
    languageFailed = true;
    app.data.diagnostics.push_back({alma::Severity::Warning, name, 0, "", "",
                                    "could not be downloaded (" + error + "): the interface stays in " +
                                        std::string(alma::i18n::messages().language().endonym)});
  } else if (name == kConfigFile) loadAskedByLink();  // no settings: this site's own exports only
  else if (name == kMapFile) app.data.mapError = "could not download " + name + ": " + error;
  else app.data.diagnostics.push_back({alma::Severity::Fatal, name, 0, "", "", "could not be downloaded: " + error});
  app.data.filesPending = static_cast<int>(pendingFiles.size());
}

// A file over the size limit, refused before it was read: say so; a link's export gives way to the
// bundled one; the data on screen stays.
void fileTooLarge(int request, double bytes, std::string name) {
  if (request >= 0) {
    name = pendingFiles[request];
    pendingFiles.erase(request);
    if (const auto fb = fallbacks.find(name); fb != fallbacks.end()) {
      pendingFiles[alma::platform::fetchFile(fb->second)] = fb->second;
      fallbacks.erase(fb);
    }
    app.data.filesPending = static_cast<int>(pendingFiles.size());
  }
  app.data.diagnostics.push_back({alma::Severity::Fatal, name, 0, "", "", alma::tooLargeMessage(bytes)});
  app.screen.dataPanel = true;
}

// Theme, presenter scale and full screen, applied together; `save` remembers them in the browser.
void applyDisplayPreferences(bool save) {
  alma::ui::Screen& s = app.screen;
  const float text = static_cast<float>(s.textScalePercent) / 100.0f;
  s.uiScale = s.presenter ? std::max(alma::ui::kPresenterScale, text) : text;
  alma::platform::setUiScale(s.uiScale);
  alma::ui::applyTheme(s.theme, s.presenter, s.uiScale);
  if (save) {
    alma::platform::setFullscreen(s.presenter);
    alma::platform::saveSetting("theme", alma::ui::themeName(s.theme));
    alma::platform::saveSetting("presenter", s.presenter ? "1" : "0");
    alma::platform::saveSetting("text", std::to_string(s.textScalePercent));
  }
}

// "Save map as image": the map drawn again offscreen at 2× the CSS size (crisp on slides at any
// screen), its legend open, with a caption; the screen's own state (frame output, legend choice,
// view) is put back afterwards, so the picture changes nothing on screen.
void saveMapImage() {
  const alma::ScreenRect area = app.frame.mapArea;
  if (app.view.tab != alma::Tab::Map || area.w <= 0 || area.h <= 0) return;
  constexpr float kScale = 2.0f;
  const alma::ui::FrameOutput frame = app.frame;
  const std::optional<bool> legend = app.screen.legendOpen;
  const alma::MapView view = app.view.map;
  alma::StateSnapshot::Picture picture{static_cast<int>(std::lround(area.w * kScale)), static_cast<int>(std::lround(area.h * kScale)), {}};
  const alma::ui::Screen& sc = app.screen;
  alma::platform::savePicture(static_cast<int>(area.w), static_cast<int>(area.h), kScale,
                              [&] { alma::ui::applyTheme(sc.theme, sc.presenter, sc.uiScale); }, [&] {
    app.screen.legendOpen = true;
    alma::ui::drawMapPicture(app, {0, 0, area.w, area.h});
    const alma::ScreenRect& l = app.frame.legendRect;
    picture.legend[0] = static_cast<float>(l.x * kScale), picture.legend[1] = static_cast<float>(l.y * kScale);
    picture.legend[2] = static_cast<float>(l.w * kScale), picture.legend[3] = static_cast<float>(l.h * kScale);
  }, "alma-map-" + alma::isoDate(app.data.today) + ".png");
  app.frame = frame;
  app.screen.legendOpen = legend;
  app.view.map = view;
  app.screen.lastPicture = picture;
}

// What the views asked for during the frame, still inside the click's user activation (browsers
// allow pop-ups, downloads, the file picker and the clipboard only there).
void carryOutRequests() {
  alma::ui::Requests& r = app.requests;
  if (r.copyLink) alma::platform::copyToClipboard(alma::platform::pageUrl());
  if (r.openFilePicker) alma::platform::openFilePicker();
  if (!r.openLink.empty()) alma::platform::openLink(r.openLink);
  if (r.download) alma::platform::downloadFile(r.download->name, r.download->mime, r.download->bytes);
  if (r.displayChanged) alma::platform::requestFrames(2);  // applied before the next frame (beforeFrame)
  if (r.redraw) alma::platform::requestFrames(1);
  if (r.saveMapImage) saveMapImage();
  r.saveMapImage = false;
  r.redraw = false;
  r.copyLink = r.openFilePicker = false;
  r.openLink.clear();
  r.download.reset();
}

std::string stateJson() {
  alma::StateSnapshot s;
  alma::ui::describe(app, s);
  s.frame = alma::platform::framesDrawn();
  s.idle = alma::platform::idle();
  s.fragment = shownFragment;
  s.typing = ImGui::GetIO().WantTextInput;
  s.frameMs = alma::platform::lastFrameMs();
  s.buildMs = alma::platform::lastBuildMs();
  s.memoryBytes = alma::platform::memoryBytes();
  s.preparing = app.view.practices.preparing() || app.view.calls.preparing();
  const auto& d = alma::platform::display();
  s.display = {d.cssWidth, d.cssHeight, d.canvasWidth, d.canvasHeight, d.pixelRatio};
  s.font.family = alma::fonts::kFamily;
  s.font.sizePx = alma::fonts::kBodyPx * app.screen.uiScale;
  s.font.rasterPx = s.font.sizePx * alma::fonts::kLineHeightPerEm * d.pixelRatio;
  s.font.missingGlyphs = alma::fonts::missingGlyphs(s.font.sample);
  const alma::i18n::Messages& m = alma::i18n::messages();
  s.language.code = m.language().code;
  s.language.chosen = app.view.language;
  s.language.pending = languageAsked != m.language().code && !languageFailed ? languageAsked : "";
  s.language.missingGlyphs = languageGlyphsMissing;
  s.language.englishFallbacks = languageFallbacks;
  return toJson(s);
}

// The accessible mirror follows the view: rebuilt and handed to the page only when what it is built
// from changed (the link, the data, the panels, the settings), never every frame.
void publishMirror(const std::string& fragment) {
  alma::ViewState& v = app.view;
  const alma::ui::Screen& s = app.screen;
  const std::uint64_t rowsFor = v.tab == alma::Tab::Practices ? v.practices.result().revision : v.calls.result().revision;
  if (rowsFor != mirrorRowsFor) app.screen.mirrorRows = alma::kMirrorPage, mirrorRowsFor = rowsFor;  // a new result: first page
  const std::string from = fragment + "|" + std::string(alma::tabId(v.tab)) + "|" + v.openPractice + "|" +
                           std::to_string(app.data.revision) + "|" + std::to_string(app.data.diagnostics.size()) + "|" +
                           std::to_string(s.mirrorRows) + "|" + std::to_string(s.textScalePercent) + (s.dataPanel ? "D" : "") +
                           (s.help ? "H" : "") + (s.presenter ? "P" : "") + alma::ui::themeName(s.theme) + "|" +
                           std::to_string(alma::i18n::messages().generation());
  if (from == mirrorShown || app.data.filesPending > 0) return;
  mirrorShown = from;
  alma::MirrorOptions o;
  o.dataPanel = s.dataPanel, o.help = s.help, o.rows = s.mirrorRows, o.presenter = s.presenter;
  o.dark = s.theme == alma::ui::Theme::Dark, o.textScalePercent = s.textScalePercent;
  o.otherSiteWarning = alma::ui::otherSiteWarning(app.data);
  alma::platform::publishMirror(toJson(alma::buildMirror(v, app.data, app.data.map ? &*app.data.map : nullptr, app.data.today, o)));
}

void drawFrame() {
  const alma::platform::Pinch pinch = alma::platform::takePinch();
  app.frame.pinchFactor = pinch.factor;
  app.frame.pinchCentre = {pinch.centreX, pinch.centreY};
  alma::ui::drawApp(app);
  if (app.data.filesPending == 0 && !linkApplied) {  // the data is here: restore the view the link describes
    linkApplied = true;
    const std::string language = app.view.language;  // from ?lang= when the fragment has none
    fragmentChanged(alma::platform::fragment());
    if (app.view.language.empty()) app.view.language = language;
  }
  followLanguage();
  // Ready once a frame with the data (or why it is missing) is fully on screen: ImGui shows
  // auto-sized windows (map controls) from their second frame, so count two, and the map has fitted
  // itself beside them (no redraw pending for it).
  if (app.data.filesPending == 0 && ++framesWithData >= 2 && !app.requests.redraw && !app.screen.ready) {
    app.screen.ready = true;
    alma::platform::announceReady();
  } else if (app.data.filesPending == 0 && !app.screen.ready) {
    alma::platform::buildAgainNow();
  }
  // The view's link, once a frame: the address bar and the accessible mirror both follow it.
  const alma::LinkState link = alma::toLink(app.view);
  const std::string fragment = alma::encodeFragment(link);
  syncFragment(link, fragment);
  // The link the room opens (QR code): this page's where hosted, else the published copy's. It
  // changes with the fragment (just written to the address) or the site's config, not per frame.
  if (const std::string key = fragment + "|" + originPolicy.hostedAt; key != shareLinkFor) {
    shareLinkFor = key;
    const std::string page = alma::platform::pageUrl();
    app.screen.shareLink = alma::shareLink(page, originPolicy.hostedAt, fragment);
    app.screen.shareFromFile = page.rfind("file:", 0) == 0;
  }
  publishMirror(fragment);
  // Once the first view is on screen, the tables' search indexes and sort keys are finished when the
  // page is idle (a large export's take seconds), so that the first search or sort is quick.
  if (app.screen.ready && (app.view.practices.preparing() || app.view.calls.preparing()))
    alma::platform::whenIdle([](double ms) { return app.view.practices.prepare(ms) || app.view.calls.prepare(ms); });
  // A table's new result is in this frame: note when it is painted (state hook perf.queryMs.*.shownAt).
  for (alma::ui::QueryTiming* t : {&app.derived.practiceTiming, &app.derived.callTiming})
    if (t->revision != t->paintAsked) {
      t->paintAsked = t->revision;
      t->shownFrame = alma::platform::framesDrawn() + 1;  // this one, counted once it is drawn
      alma::platform::afterPaint([t, revision = t->revision](double at) { t->shownRevision = revision, t->shownAtMs = at; });
    }
  const alma::ScreenRect& box = app.frame.searchRect;
  alma::platform::setTextFieldRect(static_cast<float>(box.x), static_cast<float>(box.y), static_cast<float>(box.w),
                                   static_cast<float>(box.h));
  carryOutRequests();
}
}  // namespace

int main() {
  std::string error;
  if (!alma::platform::init(alma::kProductName, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  app.data.today = todayUtc();
  // Theme and presenter mode: the link wins (?presenter=1&theme=dark), else what this browser
  // remembered, else light and normal.
  auto preference = [](const std::string& key) {
    const std::string fromLink = alma::platform::queryParam(key);
    return fromLink.empty() ? alma::platform::loadSetting(key) : fromLink;
  };
  app.screen.theme = preference("theme") == "dark" ? alma::ui::Theme::Dark : alma::ui::Theme::Light;
  app.screen.presenter = preference("presenter") == "1";
  if (const std::string text = preference("text"); text == "125" || text == "150" || text == "200")
    app.screen.textScalePercent = std::stoi(text);
  applyDisplayPreferences(false);
  alma::platform::setFileLimit(static_cast<double>(alma::kMaxExportBytes));
  // ?calls=URL&practices=URL load other exports instead of the bundled ones, from the sites the
  // deployment's atlas-config.json allows (its own by default): those wait for the config.
  pendingFiles[alma::platform::fetchFile(kConfigFile)] = kConfigFile;
  for (const char* file : kBundledFiles) {
    const std::string kind = std::string(file).find("calls") != std::string::npos ? "calls" : "practices";
    const std::string asked = alma::platform::queryParam(kind);
    if (asked.empty()) pendingFiles[alma::platform::fetchFile(file)] = file;
    else askedByLink.emplace_back(asked, file);
  }
  pendingFiles[alma::platform::fetchFile(kMapFile)] = kMapFile;
  // The language: a link's (#…&lang=de or ?lang=de), else the one this browser remembered, else the
  // first of the browser's preferred languages the atlas speaks. Its catalog comes with the data.
  alma::i18n::messages().setFormats(alma::platform::intlFormats());
  const std::string stored = alma::platform::loadSetting("lang");
  ownLanguage = alma::i18n::findLanguage(stored) ? stored : std::string(alma::i18n::pickLanguage(alma::platform::preferredLanguages()));
  app.view.language = alma::decodeFragment(alma::platform::fragment()).language;
  if (app.view.language.empty()) app.view.language = alma::platform::queryParam("lang");
  followLanguage();
  app.data.filesPending = static_cast<int>(pendingFiles.size());

  alma::platform::Callbacks callbacks;
  callbacks.beforeFrame = [] {
    if (!app.requests.displayChanged) return;
    applyDisplayPreferences(true);  // fonts re-rasterised at the new scale, before ImGui uses them
    app.requests.displayChanged = false;
  };
  callbacks.drawFrame = drawFrame;
  callbacks.screenPos = [](double lon, double lat, float& x, float& y) { return alma::ui::mapScreenPos(app, lon, lat, x, y); };
  callbacks.fileLoaded = fileArrived;
  callbacks.fileFailed = fileFailed;
  callbacks.fileGiven = fileGiven;
  callbacks.fileTooLarge = fileTooLarge;
  callbacks.fragmentChanged = fragmentChanged;
  callbacks.mirrorAction = [](std::string act, std::string arg) { alma::ui::mirrorAction(app, act, arg); };
  callbacks.mirrorFocus = [](std::string target) {
    app.screen.keyboardPlace = target.rfind("place:", 0) == 0 ? target.substr(6) : "";
    app.screen.mirrorFocus = std::move(target);
  };
  callbacks.targetRect = [](const std::string& target, float rect[4]) {
    if (target.rfind("place:", 0) == 0 && target != "place:EU") return alma::ui::placeRect(app, target.substr(6), rect);
    for (const auto& t : app.frame.targets)
      if (target == t.kind + ":" + t.id) {
        rect[0] = t.x, rect[1] = t.y, rect[2] = t.w, rect[3] = t.h;
        return true;
      }
    return false;
  };
  callbacks.stateJson = stateJson;
  alma::platform::run(std::move(callbacks));
  return 0;
}
