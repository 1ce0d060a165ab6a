// "Open this view on your phone": a QR code of the view's link, large enough to scan from the back
// of a room, for the audience of a workshop (top-bar button "QR" or the Q key, in presenter mode and
// out of it). Always dark modules on white with the quiet zone around them, whatever the theme:
// that is what phone cameras read. From a file (the one-file offline page) the link would open
// nothing on a phone: the hosted address from atlas-config.json is shared instead, or the panel
// says why there is nothing to share.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/labels.hpp"
#include "ui/derived.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace alma::ui {

namespace {
// The code as big as the window allows, each module a whole number of pixels (crisp edges).
void drawCode(App& app, const QrMatrix& qr, float room) {
  const int modules = qr.size + 2 * kQrQuietZone;
  const float module = std::max(2.0f, std::floor(room / static_cast<float>(modules)));
  const float side = module * static_cast<float>(modules);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - side) / 2));
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
  for (int y = 0; y < qr.size; ++y)
    for (int x = 0; x < qr.size; ++x) {
      if (!qr.at(x, y)) continue;
      const ImVec2 p(at.x + (x + kQrQuietZone) * module, at.y + (y + kQrQuietZone) * module);
      dl->AddRectFilled(p, ImVec2(p.x + module, p.y + module), IM_COL32(0, 0, 0, 255));
    }
  ImGui::Dummy(ImVec2(side, side));
  publishTarget(app, "qr", "share");
}
}  // namespace

void drawSharePanel(App& app) {
  if (!app.screen.share) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(vp->Size.x - 16, std::max(vp->Size.y * 0.75f, ImGui::GetFontSize() * 22));
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(vp->Size.x - 16, vp->Size.y - 16));
  if (!ImGui::Begin(label(tr("share.title"), "share").c_str(), &app.screen.share,
                    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  publishPanel(app, "share");
  const std::string& link = app.screen.shareLink;
  ImGui::PushTextWrapPos(0.0f);
  if (link.empty()) {
    ImGui::TextUnformatted(tr("share.from_file").c_str());
  } else if (const std::optional<QrMatrix>& qr = shareCode(app); !qr) {
    ImGui::TextUnformatted(tr("share.too_long").c_str());
  } else {
    if (app.screen.shareFromFile)
      ImGui::TextDisabled("%s", tr("share.from_file_hosted").c_str());
    // What is left below the code: the link and the button.
    const float below = 2 * ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing() * 3;
    const float room = std::min(ImGui::GetContentRegionAvail().x, vp->Size.y - 16 - ImGui::GetFrameHeight() * 2 - below);
    drawCode(app, *qr, room);
  }
  if (!link.empty()) {
    ImGui::TextDisabled("%s", link.c_str());
    if (ImGui::Button(label(tr("share.copy_link"), "share-copy").c_str())) app.requests.copyLink = true;
    publishTarget(app, "button", "share-copy-link");
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace alma::ui
