#include <imgui.h>

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

void sourceLine(const char* what, const ExportInfo* info, std::size_t records) {
  if (!info) {
    ImGui::BulletText("%s: no export loaded", what);
    return;
  }
  const auto date = parseDate(info->exported);
  ImGui::BulletText("%s: %s records from %s, exported %s", what, withThousands(static_cast<long long>(records)).c_str(),
                    info->file.c_str(), date ? humanDate(*date).c_str() : "(no date)");
  if (!info->from.empty()) {
    ImGui::Indent();
    ImGui::TextWrapped("⚠ Loaded by link from another site, %s: not published by this site.", info->from.c_str());
    ImGui::Unindent();
  }
  if (!info->source.empty()) {
    ImGui::Indent();
    ImGui::TextWrapped("Source: %s", info->source.c_str());
    ImGui::Unindent();
  }
}
}  // namespace

void drawDataPanel(App& app) {
  if (!app.screen.dataPanel) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(vp->Size.x * 0.7f, vp->Size.y * 0.6f), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x * 0.5f, vp->Size.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin("Data sources and problems", &app.screen.dataPanel, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  sourceLine("Calls", app.data.calls ? &app.data.calls->info : nullptr, app.data.calls ? app.data.calls->calls.size() : 0);
  sourceLine("Practices", app.data.practices ? &app.data.practices->info : nullptr,
             app.data.practices ? app.data.practices->practices.size() : 0);
  ImGui::Separator();
  const auto& list = app.data.diagnostics;
  if (list.empty()) {
    ImGui::TextUnformatted("No problems found in the loaded data.");
  } else {
    ImGui::Text("%zu %s: records with an error were left out, warnings were kept as written.", list.size(),
                list.size() == 1 ? "problem" : "problems");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("diagnostics", 6, flags)) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed);
      // File names come from outside (a link, a dropped file): a long one must not squeeze the
      // message, so the two share the width by weight and the name is cut at its column.
      ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch, 1.0f);
      ImGui::TableSetupColumn("Record", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn("Id", ImGuiTableColumnFlags_WidthStretch, 0.6f);
      ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn("What is wrong", ImGuiTableColumnFlags_WidthStretch, 3.0f);
      ImGui::TableHeadersRow();
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(list.size()));
      while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
          const Diagnostic& d = list[static_cast<std::size_t>(i)];
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextColored(severityColour(d.severity), "%s", severityName(d.severity));
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(d.file.c_str());
          ImGui::TableNextColumn();
          if (d.record > 0) ImGui::Text("%d", d.record); else ImGui::TextUnformatted("file");
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
