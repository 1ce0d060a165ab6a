#pragma once
#include <algorithm>
#include <cstdint>

namespace alma {

// Decides whether the next display refresh must draw. The app renders only when something may have
// changed (input, resize, data arriving, an animation) plus a few trailing frames, because ImGui
// resolves hover highlights and layout one frame after the input that caused them. Then the loop
// stops: a workshop laptop on battery should not redraw a still screen 60 times a second.
struct RedrawScheduler {
  static constexpr int kTrailingFrames = 3;
  int pendingFrames = kTrailingFrames;  // draw the first frames after start-up
  double animateUntil = 0.0;            // seconds (platform clock); keep drawing until then
  std::uint64_t framesDrawn = 0;
};

inline void wake(RedrawScheduler& s, int frames = RedrawScheduler::kTrailingFrames) {
  s.pendingFrames = std::max(s.pendingFrames, frames);
}
inline void animateUntil(RedrawScheduler& s, double until) { s.animateUntil = std::max(s.animateUntil, until); }
inline bool frameDue(const RedrawScheduler& s, double now) { return s.pendingFrames > 0 || now < s.animateUntil; }
inline void frameDrawn(RedrawScheduler& s) {
  if (s.pendingFrames > 0) --s.pendingFrames;
  ++s.framesDrawn;
}

}  // namespace alma
