#include <doctest/doctest.h>
#include "core/model/countries.hpp"

TEST_CASE("countries: the 27 Member States stand apart from EFTA, the UK and candidates") {
  int members = 0;
  for (auto code : alma::countryCodes()) members += alma::isEuMemberState(code) ? 1 : 0;
  CHECK(members == 27);
  CHECK(alma::isEuMemberState("EL"));
  CHECK(alma::isEuMemberState("HR"));
  CHECK_FALSE(alma::isEuMemberState("NO"));
  CHECK_FALSE(alma::isEuMemberState("UK"));
  CHECK_FALSE(alma::isEuMemberState("UA"));
  CHECK_FALSE(alma::isEuMemberState("EU"));
}
