#include <doctest/doctest.h>

#include <string>

#include "core/model/links.hpp"

using namespace alma;

TEST_CASE("links: only http, https and mailto are links, scheme case-insensitive") {
  CHECK(isSafeLink("https://example.org/call"));
  CHECK(isSafeLink("http://example.org"));
  CHECK(isSafeLink("HTTPS://EXAMPLE.ORG/"));
  CHECK(isSafeLink("mailto:alma@example.org"));
  CHECK(isSafeLink("MailTo:alma@example.org"));
  CHECK(isSafeLink("https://example.org/ř?q=ü"));  // non-ASCII is fine
  for (const char* bad :
       {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "file:///etc/passwd",
        "ftp://example.org", "vbscript:x", "example.org", "//example.org", "https://", "http:",
        "mailto:", "https:example.org", "", " https://example.org", "https://example.org ",
        "https://exa mple.org", "https://example.org/\n", "https://example.org/\t",
        "java\nscript:alert(1)"})
    CHECK_MESSAGE(!isSafeLink(bad), bad);
}

TEST_CASE("links: control characters, NUL and invisible characters are refused") {
  CHECK_FALSE(isSafeLink(std::string("https://example.org/\0x", 21)));
  CHECK_FALSE(isSafeLink("https://example.org/\x7f"));
  CHECK_FALSE(isSafeLink("https://example.org/\xc2\x85"));          // NEL (C1 control)
  CHECK_FALSE(isSafeLink("https://exa\xc2\xa0mple.org"));           // no-break space
  CHECK_FALSE(isSafeLink("https://example.org/\xe2\x80\x8b"));      // zero-width space
  CHECK_FALSE(isSafeLink("https://example.org/\xe2\x80\xae" "gpj.exe"));  // right-to-left override
  CHECK_FALSE(isSafeLink("https://example.org/\xff"));              // not UTF-8
}

TEST_CASE("links: a contact becomes a mailto link only when it is an address") {
  CHECK(contactLink("alma@example.org") == "mailto:alma@example.org");
  CHECK(contactLink(" alma@example.org ") == "mailto:alma@example.org");
  CHECK(contactLink("mailto:alma@example.org") == "mailto:alma@example.org");
  CHECK(contactLink("https://example.org/contact") == "https://example.org/contact");
  CHECK_FALSE(contactLink("Ministry of Labour, +420 221 921 111"));
  CHECK_FALSE(contactLink("javascript:alert('a@b.c')"));
  CHECK_FALSE(contactLink("a@b"));
  CHECK_FALSE(contactLink("a b@example.org"));
  CHECK_FALSE(contactLink("a@b@example.org"));
}
