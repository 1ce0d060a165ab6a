#pragma once
// QR codes of links (a call's official page, a link to the current view) for phones in the room,
// made by Nayuki's QR Code generator (Debian's qr-code-generator, cpp/qrcodegen.*).
//
// Error correction: medium (about 15 % of the code may be lost), raised to quartile or high when
// the text still fits the same version. A code projected for a room is read from afar, where the
// size of a module matters most: a higher level from the start would need a larger version (more,
// smaller modules) for the same link; medium still survives glare, keystone and a shaky phone, and
// the raise adds robustness where it costs no module size.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace alma {

enum class QrEcc { Low, Medium, Quartile, High };

struct QrMatrix {
  int size = 0;     // modules per side: 4 * version + 17 (21..177), without the quiet zone
  int version = 0;  // 1..40
  QrEcc ecc = QrEcc::Medium;
  std::vector<std::uint8_t> dark;  // size * size, row by row; 1 = dark module

  // True for a dark module; false outside the grid, so the quiet zone reads as light.
  bool at(int x, int y) const {
    return x >= 0 && y >= 0 && x < size && y < size && dark[static_cast<std::size_t>(y) * size + x] != 0;
  }
};

// Light modules a reader needs around the code (ISO/IEC 18004 asks for 4): draw them too.
inline constexpr int kQrQuietZone = 4;
// The most bytes one code holds at medium correction (version 40, byte mode).
inline constexpr std::size_t kQrMaxBytes = 2331;

// The text's bytes (UTF-8, as given) in byte mode; nothing when they do not fit one QR code.
// Never throws: the length is checked before the library is called.
std::optional<QrMatrix> qrFor(std::string_view text);

}  // namespace alma
