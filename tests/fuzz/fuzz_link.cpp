// The link (URL fragment) decoder and what applies it to the view. Properties: a link's encoding is
// canonical — encoding what was decoded from it gives it back (numbers are rounded once: map
// centres to whole metres, zoom to 4 digits); applying any link to a view never fails, and the
// view's own link is stable (encode → decode → apply → encode is a fixed point).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/view/link_state.hpp"
#include "core/view/view_state.hpp"
#include "fuzz_check.hpp"

namespace {
alma::ViewState& view() {
  static std::vector<alma::Practice> practices = [] {
    std::vector<alma::Practice> p(3);
    p[0].id = "PT-1", p[0].title = "Łódź", p[0].country = "PT", p[0].stages = {"reception"};
    p[1].id = "EL-1", p[1].title = "Αθήνα", p[1].country = "EL", p[1].funds = {"AMIF"};
    p[2].id = "ES-1", p[2].title = "Sevilla", p[2].country = "ES";
    return p;
  }();
  static std::vector<alma::Call> calls = [] {
    std::vector<alma::Call> c(2);
    c[0].id = "ES-A", c[0].title = "Andalucía", c[0].country = "ES", c[0].level = "regional";
    c[1].id = "CZ-1", c[1].title = "Česko", c[1].country = "CZ", c[1].level = "national";
    return c;
  }();
  static alma::ViewState v;  // built once, in place (queries are not copied: their indexes are large)
  static const bool built = [] {
    v.practices.build(practices);
    v.calls.build(calls, {2026, 11, 29, alma::DatePrecision::Day});
    return true;
  }();
  (void)built;
  return v;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const alma::LinkState link = alma::decodeFragment(text);
  const std::string canonical = alma::encodeFragment(link);
  FUZZ_CHECK(alma::encodeFragment(alma::decodeFragment(canonical)) == canonical);
  alma::ViewState& v = view();
  alma::applyLink(v, link);
  const std::string own = alma::encodeFragment(alma::toLink(v));
  alma::applyLink(v, alma::decodeFragment(own));
  FUZZ_CHECK(alma::encodeFragment(alma::toLink(v)) == own);
  return 0;
}
