// The top bar: title, the three tabs, the search box, "data as of" (opens sources and problems),
// and the buttons for links, loading exports, presenter mode, theme and help.
#include <algorithm>
#include <imgui.h>
#include <imgui_internal.h>  // ActivateItemByID
#include <imgui_stdlib.h>

#include "ui/labels.hpp"
#include "core/model/format.hpp"
#include "core/model/product.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
constexpr int kIcons = 6;  // text size, presenter, QR, theme, language, help
void tab(App& app, Tab view, const char* key) {
  const bool active = app.view.tab == view;
  if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.32f));
  if (ImGui::Button(label(key))) app.view.tab = view;
  if (active) ImGui::PopStyleColor();
  publishTarget(app, "button", std::string("tab-") + tabId(view));
  ImGui::SameLine(0, 4);
}

// The interface language: its code on a button ("DE"), a menu of every language named in itself.
// Choosing is part of the view (its link says lang=de); the platform fetches the catalog.
bool languageButton(App& app, float iconW, const ImVec4& themeText) {
  const i18n::Language& now = i18n::messages().language();
  std::string code(now.code.substr(0, 2));  // two letters fit the icon's square (the pseudo-language: "QP")
  for (char& ch : code) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
  if (ImGui::Button((code + "###language").c_str(), ImVec2(iconW, 0))) ImGui::OpenPopup("languages");
  const bool hovered = ImGui::IsItemHovered();
  publishTarget(app, "button", "language");
  ImGui::PushStyleColor(ImGuiCol_Text, themeText);  // the menu is drawn in the theme, not on the bar's blue
  if (ImGui::BeginPopup("languages")) {
    ImGui::PopStyleColor();
    for (const i18n::Language& l : i18n::languages()) {
      if (ImGui::Selectable(label(std::string(l.endonym), "lang-" + std::string(l.code)).c_str(), l.code == now.code)) chooseLanguage(app.view, std::string(l.code));
      publishTarget(app, "menu", "lang-" + std::string(l.code));
    }
    ImGui::EndPopup();
  } else {
    ImGui::PopStyleColor();
  }
  return hovered;
}

// Typing updates the results at once (no button); "/" or Ctrl+K jump into the box.
void searchBox(App& app, float width) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput && (ImGui::IsKeyPressed(ImGuiKey_Slash) || (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_K))))
    app.requests.focusSearch = true;
  if (app.requests.focusSearch) {
    // Activate the field directly: SetKeyboardFocusHere goes through keyboard navigation, which
    // this app leaves off (Tab steps through the map's countries instead).
    ImGui::ActivateItemByID(ImGui::GetID("##search"));
    app.requests.focusSearch = false;
  }
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.1f, 0.1f, 0.1f, 1));
  ImGui::PushStyleColor(ImGuiCol_TextDisabled, ImVec4(0.4f, 0.4f, 0.4f, 1));  // the hint, in every theme
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(1, 1, 1, 1));
  std::string text = app.view.search;
  if (ImGui::InputTextWithHint("##search", tr("top.search_hint").c_str(), &text)) setSearch(app.view, std::move(text));
  app.frame.searchRect = {ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectSize().x,
                    ImGui::GetItemRectSize().y};
  publishTarget(app, "button", "search");
  ImGui::PopStyleColor(3);
}


// "Calls as of … · Practices as of …", or shorter where that does not fit beside the buttons.
std::string dataLabel(const App& app, float room) {
  const ExportInfo* calls = app.data.calls ? &app.data.calls->info : nullptr;
  const ExportInfo* practices = app.data.practices ? &app.data.practices->info : nullptr;
  const std::size_t problems = app.data.diagnostics.size();
  const std::string warn = problems > 0 ? "  ·  ⚠ " + trn("count.problems", static_cast<long long>(problems)) : "";
  const float pad = ImGui::GetStyle().FramePadding.x * 2;
  auto fits = [&](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x + pad <= room; };
  std::string text = app.data.filesPending > 0 ? tr("top.loading_data") : dataAsOf(calls, practices) + warn;
  if (!fits(text) && calls) text = trf("top.data_as_of", {{"date", exportDate(*calls)}}) + warn;
  if (!fits(text) && calls) text = trf("top.data_as_of", {{"date", exportDateShort(*calls)}}) + warn;
  if (!fits(text)) text = problems > 0 ? tr("top.data") + " ⚠ " + withThousands(static_cast<long long>(problems)) : tr("top.data");
  return label(text, "data");
}
}  // namespace

float drawTopBar(App& app) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImGuiStyle& style = ImGui::GetStyle();
  // Measure first: the bar must fit a phone (down to 320 px), a laptop, presenter mode (×2) and
  // text at 200 %. It drops to the short title, then to two rows (title and buttons above, tabs,
  // search and data below), then to three (the search gets a row of its own) and leaves out the
  // title where the buttons need its room (the page title and the accessible mirror still say it).
  auto textW = [](const char* t) { return ImGui::CalcTextSize(t, nullptr, true).x; };  // without "###id"
  const float fp = style.FramePadding.x * 2, sp = style.ItemSpacing.x;
  const float fitW = (vp->Size.x - 2 * style.WindowPadding.x - 5 * style.ItemSpacing.x) / kIcons;  // the icons in a row at most
  const float iconW = std::min(fitW, ImGui::GetFrameHeight() * (vp->Size.x < 400.0f ? 1.05f : 1.4f));  // phones: every button fits
  // Short words on phones; and where the language's words are long (German, Finnish), short ones as
  // soon as the long ones would not leave the search and the data's date their room.
  const bool shortWords = vp->Size.x < 600.0f || textW(tr("top.load").c_str()) + textW(tr("top.copy_link").c_str()) > vp->Size.x * 0.22f;
  const char* loadLabel = label(shortWords ? "top.load_short" : "top.load");
  const char* linkLabel = label(shortWords ? "top.copy_link_short" : "top.copy_link");
  const float textButtonsW = textW(loadLabel) + textW(linkLabel) + 2 * fp + sp, iconsW = kIcons * iconW + (kIcons - 1) * sp;
  float rightW = textButtonsW + sp + iconsW;
  const float tabsW = textW(label("tab.map")) + textW(label("tab.calls")) + textW(label("tab.practices")) + 3 * fp + 8;
  const float minDataW = textW((tr("top.data") + " ⚠ 99").c_str()) + fp;
  const float avail = vp->Size.x - 2 * style.WindowPadding.x;
  // Not even the buttons fit one row (a phone in presenter mode): the icons get a row of their own.
  const bool iconsRow = rightW > avail;
  if (iconsRow) rightW = textButtonsW;
  const float fixedW = 24 + tabsW + 12 + 12 + minDataW + sp + rightW;
  // The long title only where "Data as of <date>" still fits beside it: the data's date matters more.
  const float dataAsOfW = textW(trf("top.data_as_of", {{"date", humanDate(Date{2026, 9, 30})}}).c_str()) + fp;
  const float dataAsOfShortW =
      textW(trf("top.data_as_of", {{"date", i18n::messages().formats().shortDate(Date{2026, 9, 30})}}).c_str()) + fp;
  const char* longTitle = tr("product.name").c_str();
  const char* title = textW(longTitle) + fixedW - minDataW + dataAsOfW + 200 <= avail ? longTitle : tr("product.short").c_str();
  const bool twoRows = textW(title) + fixedW + 120 > avail;
  const bool showTitle = !twoRows || textW(title) + sp + rightW <= avail;
  const bool searchRow = twoRows && tabsW + 24 + minDataW + 140.0f * app.screen.uiScale > avail;  // a row of its own
  const float rowH = ImGui::GetFrameHeight();
  const int rows = (searchRow ? 3 : twoRows ? 2 : 1) + (iconsRow ? 1 : 0);
  const float height = rows * rowH + (rows - 1) * style.ItemSpacing.y + 2 * style.WindowPadding.y;

  const ImVec4 themeText = style.Colors[ImGuiCol_Text];
  ImGui::SetNextWindowPos(vp->Pos);
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.0f, 0.20f, 0.60f, 1.0f));  // EU blue
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.12f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1, 1, 1, 0.25f));
  ImGui::Begin("##topbar", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  publishPanel(app, "top-bar");
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(showTitle ? title : "");
  bool hovered = false;
  // Not even the tabs and the data button fit one row: the data button joins the search row.
  const bool dataBesideSearch = searchRow && tabsW + 12 + minDataW > avail;
  auto dataButton = [&](float room) {
    if (ImGui::Button(dataLabel(app, room).c_str())) app.screen.dataPanel = !app.screen.dataPanel;
    hovered = ImGui::IsItemHovered();
    publishTarget(app, "button", "data");
  };
  auto tabsSearchData = [&](float rowRight) {
    // Tabs narrower than the screen even alone (a phone in presenter mode): tighter padding.
    const bool tight = tabsW > avail;
    if (tight) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x * 0.3f, style.FramePadding.y));
    tab(app, Tab::Map, "tab.map");
    tab(app, Tab::Calls, "tab.calls");
    tab(app, Tab::Practices, "tab.practices");
    if (tight) ImGui::PopStyleVar();
    ImGui::SameLine(0, 12);
    if (!searchRow) {
      const float left = rowRight - ImGui::GetCursorPosX() - 12 - minDataW;
      // The search gives up width (down to 120 px) before the data's date must go: longer words
      // (German, Finnish) would otherwise leave only "Data" on the button.
      const float besideDate = left + minDataW - dataAsOfShortW;
      searchBox(app, std::clamp(std::min(left * 0.45f, besideDate), std::min(120.0f, left), 220.0f * app.screen.uiScale));
      ImGui::SameLine(0, 12);
    }
    if (!dataBesideSearch) dataButton(rowRight - ImGui::GetCursorPosX());
    else ImGui::NewLine();  // undo the tabs' SameLine: the search row follows
  };
  const float rightX = ImGui::GetWindowWidth() - rightW - style.WindowPadding.x;
  if (!twoRows) {
    ImGui::SameLine(0, 24);
    tabsSearchData(rightX - sp);
  }
  ImGui::SameLine(rightX);
  if (ImGui::Button(linkLabel)) app.requests.copyLink = true;
  const bool linkHovered = ImGui::IsItemHovered();
  publishTarget(app, "button", "copy-link");
  ImGui::SameLine();
  if (ImGui::Button(loadLabel)) app.requests.openFilePicker = true;
  const bool loadHovered = ImGui::IsItemHovered();
  publishTarget(app, "button", "load-data");
  if (iconsRow) ImGui::SetCursorPosX(ImGui::GetWindowWidth() - iconsW - style.WindowPadding.x);
  else ImGui::SameLine();
  if (ImGui::Button("Aa##text-size", ImVec2(iconW, 0))) {
    app.screen.textScalePercent = nextTextScale(app.screen.textScalePercent);
    app.requests.displayChanged = true;
  }
  const bool textHovered = ImGui::IsItemHovered();
  publishTarget(app, "button", "text-size");
  ImGui::SameLine();
  if (app.screen.presenter) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.4f));
  if (ImGui::Button("▣##presenter", ImVec2(iconW, 0))) {
    app.screen.presenter = !app.screen.presenter;
    app.requests.displayChanged = true;
  }
  if (app.screen.presenter) ImGui::PopStyleColor();
  const bool presenterHovered = ImGui::IsItemHovered();
  publishTarget(app, "button", "presenter");
  ImGui::SameLine();
  if (ImGui::Button("QR##share", ImVec2(iconW, 0))) app.screen.share = !app.screen.share;
  const bool shareHovered = ImGui::IsItemHovered();
  publishTarget(app, "button", "share");
  ImGui::SameLine();
  if (ImGui::Button(app.screen.theme == Theme::Dark ? "☀##theme" : "☾##theme", ImVec2(iconW, 0))) {
    app.screen.theme = app.screen.theme == Theme::Dark ? Theme::Light : Theme::Dark;
    app.requests.displayChanged = true;
  }
  const bool themeHovered = ImGui::IsItemHovered();
  publishTarget(app, "button", "theme");
  ImGui::SameLine();
  const bool languageHovered = languageButton(app, iconW, themeText);
  ImGui::SameLine();
  if (ImGui::Button("?##help", ImVec2(iconW, 0))) app.screen.help = !app.screen.help;
  publishTarget(app, "button", "help");
  if (twoRows) tabsSearchData(ImGui::GetWindowWidth() - style.WindowPadding.x);
  if (searchRow && dataBesideSearch) {
    searchBox(app, avail - buttonWidth(dataLabel(app, minDataW).c_str()) - sp);
    ImGui::SameLine();
    dataButton(minDataW);
  } else if (searchRow) {
    searchBox(app, avail);
  }
  ImGui::End();
  ImGui::PopStyleColor(4);
  if (hovered) ImGui::SetTooltip("%s", tr("top.data_tip").c_str());  // after the pop: normal tooltip colours
  if (linkHovered) ImGui::SetTooltip("%s", tr("top.copy_link_tip").c_str());
  if (presenterHovered) ImGui::SetTooltip("%s", tr(app.screen.presenter ? "top.presenter_leave" : "top.presenter_tip").c_str());
  if (shareHovered) ImGui::SetTooltip("%s", tr("top.share_tip").c_str());
  if (textHovered) ImGui::SetTooltip("%s", trf("top.text_size_tip", {{"percent", std::to_string(app.screen.textScalePercent)}}).c_str());
  if (themeHovered) ImGui::SetTooltip("%s", tr(app.screen.theme == Theme::Dark ? "top.light_theme" : "top.dark_theme").c_str());
  if (loadHovered) ImGui::SetTooltip("%s", tr("top.load_tip").c_str());
  if (languageHovered) ImGui::SetTooltip("%s", tr("top.language_tip").c_str());
  return height;
}

}  // namespace alma::ui
