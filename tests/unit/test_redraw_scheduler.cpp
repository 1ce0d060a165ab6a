#include <doctest/doctest.h>
#include "core/view/redraw_scheduler.hpp"

using namespace alma;

TEST_CASE("redraw scheduler: draws the start-up frames, then stops while nothing happens") {
  RedrawScheduler s;
  int drawn = 0;
  for (int refresh = 0; refresh < 60; ++refresh)
    if (frameDue(s, refresh / 60.0)) { frameDrawn(s); ++drawn; }
  CHECK(drawn == RedrawScheduler::kTrailingFrames);
  CHECK(s.framesDrawn == static_cast<std::uint64_t>(drawn));
  CHECK_FALSE(frameDue(s, 1.0));
}

TEST_CASE("redraw scheduler: input wakes it for a few frames — a larger request is not shortened") {
  RedrawScheduler s{.pendingFrames = 0};
  CHECK_FALSE(frameDue(s, 0));
  wake(s, 10);
  wake(s);  // a later small wake must not cut the 10 frames short
  int drawn = 0;
  while (frameDue(s, 0)) { frameDrawn(s); ++drawn; }
  CHECK(drawn == 10);
}

TEST_CASE("redraw scheduler: an animation keeps drawing until its end time, then stops") {
  RedrawScheduler s{.pendingFrames = 0};
  animateUntil(s, 0.5);
  animateUntil(s, 0.2);  // an earlier end does not shorten a running animation
  CHECK(frameDue(s, 0.1));
  CHECK(frameDue(s, 0.49));
  CHECK_FALSE(frameDue(s, 0.5));
}
