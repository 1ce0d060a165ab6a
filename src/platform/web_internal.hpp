#pragma once
// Shared by the two files of the web target (backend_web.cpp, browser_web.cpp); not for ui/core.
#include <string>

#include "platform/browser.hpp"

namespace alma::platform {
const Callbacks& callbacks();  // what run() was given
void installBrowserBridges();

// A download the page holds (alma.held), read into the wasm heap a window at a time.
class PageBytes final : public ByteSource {
 public:
  PageBytes(int held, std::size_t size) : held_(held), size_(size) {}
  std::size_t size() const override { return size_; }
  std::size_t read(std::size_t offset, char* into, std::size_t max) override;
  std::string_view whole() override;

 private:
  int held_;
  std::size_t size_;
  std::string whole_;
};  // JS helpers and listeners: files, fragment, touch keyboard
void installClipboard();       // ImGui's clipboard through the browser (after ImGui exists)
extern std::string pasted;     // the last paste event's text
std::string adopt(char* p);    // a string the page made with alma.newString, freed
// Encodes bottom-up RGBA pixels (as glReadPixels gives them) as PNG and downloads it.
void savePng(const std::string& name, const unsigned char* rgba, int width, int height);
}  // namespace alma::platform
