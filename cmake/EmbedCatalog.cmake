# Writes OUT: a C++ source defining alma::i18n::englishCatalog() from the catalog file IN.
# The raw string's delimiter cannot occur in a catalog (checked here), so any text is safe.
file(READ "${IN}" text)
string(FIND "${text}" ")alma_catalog\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )alma_catalog\"")
endif()
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by cmake/EmbedCatalog.cmake. Do not edit.
#include <vector>
#include \"core/i18n/messages.hpp\"
namespace alma::i18n {
const Catalog& englishCatalog() {
  static const Catalog catalog = [] {
    std::vector<std::string> problems;  // a unit test reads en.json itself and reports them
    return Catalog::parse(R\"alma_catalog(${text})alma_catalog\", problems);
  }();
  return catalog;
}
}  // namespace alma::i18n
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
