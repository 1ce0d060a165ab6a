#include <doctest/doctest.h>

#include "core/model/text_fold.hpp"

using namespace alma;

TEST_CASE("fold: Latin-1 and Latin Extended-A lose case and diacritics") {
  CHECK(foldForSearch("Łódź") == "lodz");
  CHECK(foldForSearch("Württemberg") == "wurttemberg");
  CHECK(foldForSearch("Výzva ČR Řeka ŮŽ") == "vyzva cr reka uz");
  CHECK(foldForSearch("Győr Ő Ű") == "gyor o u");
  CHECK(foldForSearch("Ștefan Țară Şiţ") == "stefan tara sit");  // comma below and cedilla
  CHECK(foldForSearch("Kırşehir İzmir") == "kirsehir izmir");   // dotless and dotted i
  CHECK(foldForSearch("Đakovo đ Ð ð") == "dakovo d d d");
  CHECK(foldForSearch("Açores Île Ñandú") == "acores ile nandu");
  CHECK(foldForSearch("Øresund ø Ħal Ŀ") == "oresund o hal l");
}

TEST_CASE("fold: ligatures and special letters are spelled out") {
  CHECK(foldForSearch("Straße STRAẞE") == "strasse strasse");
  CHECK(foldForSearch("Æbeltoft æ") == "aebeltoft ae");
  CHECK(foldForSearch("Œuvre œ") == "oeuvre oe");
  CHECK(foldForSearch("ĲSSEL ĳ") == "ijssel ij");
  CHECK(foldForSearch("Þingvellir þ") == "thingvellir th");
  CHECK(foldForSearch("ǄǅǆǇǉǊǌ") == "dzdzdzljljnjnj");
}

TEST_CASE("fold: Latin Extended-B letters fold — non-letters in Latin-1 stay") {
  CHECK(foldForSearch("ǍǎǏǐǑǒǓǔǕǖ") == "aaiioouuuu");
  CHECK(foldForSearch("ȘșȚțȞȟ") == "sstthh");
  CHECK(foldForSearch("ƒ Ɗ ǥ Ɇ ɏ") == "f d g e y");
  CHECK(foldForSearch("3×4÷2") == "3×4÷2");
  CHECK(foldForSearch("€ 100 ½ ©") == "€ 100 ½ ©");
  // Every code point of the table folds to something printable, never to an empty string.
  for (char32_t cp = 0xC0; cp < 0x250; ++cp) {
    std::string utf8;
    utf8 += static_cast<char>(0xC0 | (cp >> 6));
    utf8 += static_cast<char>(0x80 | (cp & 0x3F));
    CHECK_FALSE(foldForSearch(utf8).empty());
  }
}

TEST_CASE("fold: Greek lower-cases and drops tonos, dialytika and final sigma") {
  CHECK(foldForSearch("Ελλάδα") == "ελλαδα");
  CHECK(foldForSearch("ΕΛΛΑΔΑ") == "ελλαδα");
  CHECK(foldForSearch("ΕΛΛΆΔΑ") == foldForSearch("ελλαδα"));
  CHECK(foldForSearch("Κύπρος") == "κυπροσ");
  CHECK(foldForSearch("ΚΥΠΡΟΣ") == foldForSearch("Κύπρος"));
  CHECK(foldForSearch("Ϊ ϊ ΐ Ϋ ϋ ΰ") == "ι ι ι υ υ υ");
  CHECK(foldForSearch("Ώρα ώρα Όχι Ή") == "ωρα ωρα οχι η");
}

TEST_CASE("fold: Cyrillic lower-cases — ё, й and other marked letters fold to their base") {
  CHECK(foldForSearch("МОСКВА") == "москва");
  CHECK(foldForSearch("Ёлка ёлка") == "елка елка");
  CHECK(foldForSearch("Йошкар-Ола") == "иошкар-ола");
  CHECK(foldForSearch("СРБИЈА") == foldForSearch("Србија"));  // Ј U+0408
  CHECK(foldForSearch("УКРАЇНА") == foldForSearch("Україна"));
  CHECK(foldForSearch("Ѓ ѓ Ќ ќ Ў ў Ѝ") == "г г к к у у и");
  CHECK(foldForSearch("Ґ") == "ґ");  // a letter of its own in Ukrainian: case only
  CHECK(foldForSearch("Ӂ") == foldForSearch("ӂ"));
}

TEST_CASE("fold: combining marks are dropped, so decomposed input matches precomposed") {
  CHECK(foldForSearch("Wu\xCC\x88rttemberg") == "wurttemberg");  // u + U+0308
  CHECK(foldForSearch("L\xCC\xA7o\xCC\x81") == "lo");            // cedilla, acute
  CHECK(foldForSearch("\xCE\xB1\xCC\x81") == "α");               // α + U+0301
  CHECK(foldForSearch("\xD0\xB5\xCC\x88") == foldForSearch("ё"));  // е + U+0308
  CHECK(foldForSearch("\xD0\xB8\xCC\x86") == foldForSearch("й"));  // и + U+0306
}

TEST_CASE("fold: invalid UTF-8 is skipped byte by byte, never a crash") {
  CHECK(foldForSearch("\xFF" "ab\xC3") == "ab");                  // stray and truncated
  CHECK(foldForSearch("a\xC0\xAF" "b") == "ab");                  // overlong '/'
  CHECK(foldForSearch("a\xED\xA0\x80" "b") == "ab");              // UTF-16 surrogate
  CHECK(foldForSearch("a\xF4\x90\x80\x80" "b") == "ab");          // above U+10FFFF
  CHECK(foldForSearch("\x80\x80Ł") == "l");                        // stray continuation bytes
  CHECK(foldForSearch(std::string_view("a\0b", 3)) == std::string("a\0b", 3));
}

TEST_CASE("fold: Unicode spaces become spaces — soft hyphen and zero-width characters vanish") {
  CHECK(foldForSearch("Lisboa\xC2\xA0" "Centro") == "lisboa centro");
  CHECK(foldForSearch("in\xC2\xAD" "te\xE2\x80\x8Bgration") == "integration");
  CHECK(foldForSearch("\xEF\xBB\xBF" "Text") == "text");
}

TEST_CASE("fold: search words are folded and split at whitespace") {
  CHECK(searchWords("  Łódź \t KRAKÓW\n") == std::vector<std::string>{"lodz", "krakow"});
  CHECK(searchWords("").empty());
  CHECK(searchWords("   ").empty());
  CHECK(searchWords("ESF+ one-stop") == std::vector<std::string>{"esf+", "one-stop"});
  CHECK(searchWords("a\xC2\xA0" "b") == std::vector<std::string>{"a", "b"});
}
