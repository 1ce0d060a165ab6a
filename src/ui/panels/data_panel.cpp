#include <imgui.h>

#include "ui/labels.hpp"
#include "core/model/dates.hpp"
#include "core/model/diagnostics.hpp"
#include "core/model/format.hpp"
#include "ui/views.hpp"

namespace alma::ui {

namespace {
ImVec4 severityColour(Severity s) {
  switch (s) {
    case Severity::Warning: return ImVec4(0.62f, 0.42f, 0.0f, 1.0f);
    case Severity::Error: return ImVec4(0.75f, 0.10f, 0.10f, 1.0f);
    case Severity::Fatal: return ImVec4(0.55f, 0.0f, 0.35f, 1.0f);
  }
  return ImVec4(0, 0, 0, 1);
}

// what: "data.calls" or "data.practices".
void sourceLine(const char* what, const ExportInfo* info, std::size_t records) {
  if (!info) {
    ImGui::BulletText("%s", trf("data.none_loaded", {{"what", tr(what)}}).c_str());
    return;
  }
  const auto date = parseDate(info->exported);
  ImGui::BulletText("%s", trf("data.source_line", {{"what", tr(what)},
                                                  {"records", trn("count.records", static_cast<long long>(records))},
                                                  {"file", info->file},
                                                  {"date", date ? humanDate(*date) : tr("data.no_date")}}).c_str());
  if (!info->from.empty()) {
    ImGui::Indent();
    ImGui::TextWrapped("%s", trf("data.other_site", {{"site", info->from}}).c_str());
    ImGui::Unindent();
  }
  if (!info->source.empty()) {
    ImGui::Indent();
    ImGui::TextWrapped("%s", trf("data.source", {{"source", info->source}}).c_str());
    ImGui::Unindent();
  }
}
}  // namespace

void drawDataPanel(App& app) {
  if (!app.screen.dataPanel) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.7f, vp->Size.y * 0.6f), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin(label("data.title"), &app.screen.dataPanel, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  sourceLine("data.calls", app.data.calls ? &app.data.calls->info : nullptr, app.data.calls ? app.data.calls->calls.size() : 0);
  sourceLine("data.practices", app.data.practices ? &app.data.practices->info : nullptr,
             app.data.practices ? app.data.practices->practices.size() : 0);
  ImGui::Separator();
  const auto& list = app.data.diagnostics;
  if (list.empty()) {
    ImGui::TextUnformatted(tr("data.no_problems").c_str());
  } else {
    ImGui::TextWrapped("%s", trn("data.problems_summary", static_cast<long long>(list.size())).c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("diagnostics", 6, flags)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn(label("data.col_severity"), ImGuiTableColumnFlags_WidthFixed);
      // File names come from outside (a link, a dropped file): a long one must not squeeze the
      // message, so the two share the width by weight and the name is cut at its column.
      ImGui::TableSetupColumn(label("data.col_file"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
      ImGui::TableSetupColumn(label("data.col_record"), ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn(label("data.col_id"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
      ImGui::TableSetupColumn(label("data.col_field"), ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn(label("data.col_problem"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
      ImGui::TableHeadersRow();
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(list.size()));
      while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
          const Diagnostic& d = list[static_cast<std::size_t>(i)];
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextColored(severityColour(d.severity), "%s", tr(std::string("severity.") + severityName(d.severity)).c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(d.file.c_str());
          ImGui::TableNextColumn();
          if (d.record > 0) ImGui::Text("%d", d.record); else ImGui::TextUnformatted(tr("data.whole_file").c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(d.id.c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(d.field.c_str());
          ImGui::TableNextColumn();
          ImGui::TextWrapped("%s", d.message.c_str());
        }
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace alma::ui
