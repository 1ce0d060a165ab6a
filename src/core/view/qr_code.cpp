#include "core/view/qr_code.hpp"

#include <qrcodegen.hpp>

namespace alma {

// qrcodegen reports data too long by throwing, and core is built without exceptions (in the
// browser a throw aborts the page). So nothing reaches the library that it could refuse: byte mode
// costs 4 + 16 + 8n bits at version 40 (mode, character count, data), and version 40 at medium
// holds 2334 data codewords (ISO/IEC 18004, table 9): n <= 2331 always fits, whatever the bytes.
static_assert(4 + 16 + 8 * kQrMaxBytes <= 2334 * 8 && 4 + 16 + 8 * (kQrMaxBytes + 1) > 2334 * 8);

std::optional<QrMatrix> qrFor(std::string_view text) {
  if (text.size() > kQrMaxBytes) return std::nullopt;
  using qrcodegen::QrCode;
  const std::vector<qrcodegen::QrSegment> segments{
      qrcodegen::QrSegment::makeBytes(std::vector<std::uint8_t>(text.begin(), text.end()))};
  const QrCode code = QrCode::encodeSegments(segments, QrCode::Ecc::MEDIUM, QrCode::MIN_VERSION,
                                             QrCode::MAX_VERSION, -1, /*boostEcl=*/true);
  QrMatrix m;
  m.size = code.getSize();
  m.version = code.getVersion();
  switch (code.getErrorCorrectionLevel()) {
    case QrCode::Ecc::LOW: m.ecc = QrEcc::Low; break;
    case QrCode::Ecc::MEDIUM: m.ecc = QrEcc::Medium; break;
    case QrCode::Ecc::QUARTILE: m.ecc = QrEcc::Quartile; break;
    case QrCode::Ecc::HIGH: m.ecc = QrEcc::High; break;
  }
  m.dark.resize(static_cast<std::size_t>(m.size) * m.size);
  for (int y = 0; y < m.size; ++y)
    for (int x = 0; x < m.size; ++x) m.dark[static_cast<std::size_t>(y) * m.size + x] = code.getModule(x, y);
  return m;
}

}  // namespace alma
