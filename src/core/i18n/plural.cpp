#include "core/i18n/plural.hpp"

#include <array>

namespace alma::i18n {

namespace {
constexpr std::array<std::string_view, 6> kNames = {"zero", "one", "two", "few", "many", "other"};
bool in(long long v, long long lo, long long hi) { return v >= lo && v <= hi; }
}  // namespace

std::string_view pluralName(Plural p) { return kNames[static_cast<int>(p)]; }

Plural pluralFromName(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Plural>(i);
  return Plural::Other;
}

// Integer operands only (i = n, v = 0, f = 0): the atlas counts things.
Plural pluralOf(std::string_view lang, long long n) {
  if (n < 0) n = -n;
  const long long m10 = n % 10, m100 = n % 100;
  const bool million = n != 0 && n % 1000000 == 0;  // CLDR's "many" of Romance languages (1 000 000)
  if (lang == "fr") return n <= 1 ? Plural::One : million ? Plural::Many : Plural::Other;
  if (lang == "pt") return n == 1 ? Plural::One : million ? Plural::Many : Plural::Other;  // pt-PT
  if (lang == "es" || lang == "it") return n == 1 ? Plural::One : million ? Plural::Many : Plural::Other;
  if (lang == "cs" || lang == "sk") return n == 1 ? Plural::One : in(n, 2, 4) ? Plural::Few : Plural::Other;
  if (lang == "pl") {
    if (n == 1) return Plural::One;
    return in(m10, 2, 4) && !in(m100, 12, 14) ? Plural::Few : Plural::Many;
  }
  if (lang == "lt") {
    if (m10 == 1 && !in(m100, 11, 19)) return Plural::One;
    return in(m10, 2, 9) && !in(m100, 11, 19) ? Plural::Few : Plural::Other;
  }
  if (lang == "lv") {
    if (m10 == 0 || in(m100, 11, 19)) return Plural::Zero;
    return m10 == 1 && m100 != 11 ? Plural::One : Plural::Other;
  }
  if (lang == "ga") {
    if (n == 1) return Plural::One;
    if (n == 2) return Plural::Two;
    if (in(n, 3, 6)) return Plural::Few;
    return in(n, 7, 10) ? Plural::Many : Plural::Other;
  }
  if (lang == "mt") {
    if (n == 1) return Plural::One;
    if (n == 2) return Plural::Two;
    if (n == 0 || in(m100, 3, 10)) return Plural::Few;
    return in(m100, 11, 19) ? Plural::Many : Plural::Other;
  }
  if (lang == "ro") return n == 1 ? Plural::One : n == 0 || in(m100, 1, 19) ? Plural::Few : Plural::Other;
  if (lang == "sl") {
    if (m100 == 1) return Plural::One;
    if (m100 == 2) return Plural::Two;
    return in(m100, 3, 4) ? Plural::Few : Plural::Other;
  }
  if (lang == "hr") {
    if (m10 == 1 && m100 != 11) return Plural::One;
    return in(m10, 2, 4) && !in(m100, 12, 14) ? Plural::Few : Plural::Other;
  }
  // bg da de el en et fi hu nl sv (and the pseudo-language): one and other.
  return n == 1 ? Plural::One : Plural::Other;
}

}  // namespace alma::i18n
