// load_bench: how fast loadExport reads realistic practices exports of 1k, 10k and 100k records,
// and how much memory it needs. Not a test (timings depend on the machine); run it by hand:
//   cmake --build --preset native && build/native/bench/load_bench [runs]
//
// Each size runs in a fresh child process (fork), so one size's heap does not inflate the next
// one's numbers. In the child: generate the export text (appended straight into one string, no
// JSON DOM, so the baseline is little more than the text itself), read ru_maxrss, then time
// loadExport `runs` times and report the median. Peak memory is the child's ru_maxrss at the end;
// "load extra" is that minus the baseline, i.e. what loading added on top of holding the text.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/io/loader.hpp"

namespace {

struct Rng {  // splitmix64: deterministic, so every run measures the same bytes
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <class T, std::size_t N> const T& pick(const T (&a)[N]) { return a[below(N)]; }
};

const char* kCountries[] = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
                            "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "EU"};
const char* kStages[] = {"pre-arrival", "reception", "long-term", "cohesive-societies"};
const char* kThemes[] = {"education", "employment", "skills-recognition", "language", "health", "mental-health",
                         "housing", "childcare", "participation", "anti-discrimination", "family-reunification",
                         "social-inclusion"};
const char* kGroups[] = {"third-country-nationals", "ukraine-temporary-protection", "refugees-asylum-seekers",
                         "women", "children-youth", "lgbtiq", "disability", "roma", "host-community"};
const char* kFunds[] = {"ESF+", "AMIF", "CARE", "FAST-CARE", "ERDF", "national", "other"};
const char* kPlaces[] = {"Kraków", "Lisboa", "Göteborg", "Île-de-France", "Θεσσαλονίκη", "Región de Murcia",
                         "Baden-Württemberg", "Plzeň", "Cluj-Napoca", "Pärnu", "Łódź", "Åland"};
const char* kWords[] = {"integração", "Begegnung", "newcomers", "språkcafé", "mentoring", "odborné", "vzdělávání",
                        "intégration", "lavoro", "ένταξη", "community", "job", "counselling", "Ukrainë", "skills",
                        "recognition", "housing", "wellbeing", "kurz", "formación", "žen", "mladí", "together",
                        "welcome", "local", "partners", "peer", "support", "families", "children"};

void words(std::string& out, Rng& r, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (i) out += ' ';
    out += r.pick(kWords);
  }
}

template <std::size_t N>
void list(std::string& out, Rng& r, const char* (&from)[N], std::size_t min, std::size_t max) {
  const std::size_t n = min + r.below(max - min + 1);
  std::vector<const char*> chosen;
  while (chosen.size() < n) {
    const char* v = r.pick(from);
    if (std::find(chosen.begin(), chosen.end(), v) == chosen.end()) chosen.push_back(v);
  }
  out += '[';
  for (std::size_t i = 0; i < n; ++i) out += std::string(i ? ", \"" : "\"") + chosen[i] + "\"";
  out += ']';
}

std::string date(Rng& r, bool day) {
  char buf[16];
  if (day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2015 + int(r.below(10)), 1 + int(r.below(12)), 1 + int(r.below(28)));
  else std::snprintf(buf, sizeof buf, "%04d-%02d", 2015 + int(r.below(10)), 1 + int(r.below(12)));
  return buf;
}

// A pretty-printed mi-practices/1 export in which every record has every field (~0.9 KB each).
std::string generate(std::size_t n) {
  Rng r{42};
  std::string s = "{\n  \"format\": \"mi-practices/1\",\n  \"exported\": \"2026-11-24\",\n"
                  "  \"source\": \"load_bench synthetic practices\",\n  \"practices\": [\n";
  for (std::size_t i = 0; i < n; ++i) {
    const std::string country = r.pick(kCountries);
    s += "    {\n      \"id\": \"" + country + "-" + std::to_string(100000 + i) + "\",\n      \"title\": \"";
    words(s, r, 4 + r.below(6));
    s += "\",\n      \"country\": \"" + country + "\",\n      \"partner_countries\": ";
    list(s, r, kCountries, 0, 3);
    s += ",\n      \"region\": \"" + std::string(r.pick(kPlaces)) + "\",\n      \"organisation\": \"Fundação ";
    words(s, r, 2);
    s += "\",\n      \"stages\": ";
    list(s, r, kStages, 1, 2);
    s += ",\n      \"themes\": ";
    list(s, r, kThemes, 1, 4);
    s += ",\n      \"target_groups\": ";
    list(s, r, kGroups, 1, 3);
    s += ",\n      \"funds\": ";
    list(s, r, kFunds, 1, 2);
    s += ",\n      \"start\": \"" + date(r, false) + "\",\n      \"end\": \"" + date(r, false) +
         "\",\n      \"summary\": \"";
    words(s, r, 30 + r.below(50));
    s += "\",\n      \"url\": \"https://example.org/practice/" + std::to_string(i) +
         "\",\n      \"contact\": \"info" + std::to_string(i) + "@example.org\",\n      \"updated\": \"" +
         date(r, true) + "\"\n    }" + (i + 1 < n ? ",\n" : "\n");
  }
  s += "  ]\n}\n";
  return s;
}

long maxRssKiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;  // KiB on Linux
}

struct Result {
  std::size_t records = 0, loaded = 0, diagnostics = 0, bytes = 0;
  double medianMs = 0, minMs = 0;
  long baselineKiB = 0, peakKiB = 0;
};

Result measure(std::size_t n, int runs) {
  Result res;
  res.records = n;
  const std::string text = generate(n);
  res.bytes = text.size();
  res.baselineKiB = maxRssKiB();
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto out = alma::loadExport(text, "bench.json");
    const auto t1 = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    res.loaded = out.practices.practices.size();
    res.diagnostics = out.diagnostics.size();
  }
  std::sort(ms.begin(), ms.end());
  res.medianMs = ms[ms.size() / 2];
  res.minMs = ms.front();
  res.peakKiB = maxRssKiB();
  return res;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
  std::printf("loadExport on generated mi-practices/1 exports (every field filled, accented text), "
              "median of %d runs,\neach size in a fresh child process; memory = child's ru_maxrss\n\n", runs);
  std::printf("%9s %9s %10s %9s %9s %11s %11s %11s %6s\n", "records", "MB", "median ms", "min ms", "MB/s",
              "text RSS MB", "peak RSS MB", "load +MB", "diags");
  for (std::size_t n : {1000u, 10000u, 100000u}) {
    int fd[2];
    if (pipe(fd) != 0) return 1;
    const pid_t pid = fork();
    if (pid == 0) {
      close(fd[0]);
      const Result r = measure(n, runs);
      const bool ok = write(fd[1], &r, sizeof r) == static_cast<ssize_t>(sizeof r);
      _exit(ok ? 0 : 1);
    }
    close(fd[1]);
    Result r;
    const bool got = read(fd[0], &r, sizeof r) == static_cast<ssize_t>(sizeof r);
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::printf("%9zu  child failed\n", n);
      return 1;
    }
    const double mb = r.bytes / 1e6;
    std::printf("%9zu %9.1f %10.1f %9.1f %9.1f %11.1f %11.1f %11.1f %6zu%s\n", r.records, mb, r.medianMs, r.minMs,
                mb / (r.medianMs / 1000.0), r.baselineKiB / 1024.0, r.peakKiB / 1024.0,
                (r.peakKiB - r.baselineKiB) / 1024.0, r.diagnostics,
                r.loaded == r.records ? "" : "  (records missing!)");
  }
  return 0;
}
