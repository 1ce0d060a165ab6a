#pragma once
// The bytes of a file, read piece by piece. In the browser a downloaded export stays in the page's
// memory and the loader copies it into the wasm heap one window at a time: a 50 MB export is then
// never whole in the wasm heap, whose memory, once taken, is never given back to the page.
#include <cstddef>
#include <string_view>

namespace alma {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual std::size_t size() const = 0;
  // Copies the bytes from `offset` on into `into` (at most `max`); how many were copied (0: end).
  virtual std::size_t read(std::size_t offset, char* into, std::size_t max) = 0;
  // All of it at once: only to explain a file that failed (where a problem is, line and column).
  virtual std::string_view whole() = 0;
};

// Bytes already in memory (native tools and tests, files of the user's).
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  std::size_t size() const override { return bytes_.size(); }
  std::size_t read(std::size_t offset, char* into, std::size_t max) override;
  std::string_view whole() override { return bytes_; }

 private:
  std::string_view bytes_;
};

}  // namespace alma
