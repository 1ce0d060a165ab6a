#include "core/io/loader.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/model/dates.hpp"
#include "core/io/loader_fields.hpp"
#include "core/io/loader_input.hpp"

namespace alma {

namespace {
using nlohmann::json;
using detail::RecordReader;
using detail::shown;

std::optional<Region> readRegion(RecordReader& r) {
  const json* v = r.find("region");
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    r.error("region", "must be an object {code, name, lat, lon}, got " + shown(*v));
    return std::nullopt;
  }
  Region g;
  if (const json* x = RecordReader::findIn(*v, "code")) g.code = r.textValue(*x, "region.code");
  if (const json* x = RecordReader::findIn(*v, "name")) g.name = r.textValue(*x, "region.name");
  if (const json* x = RecordReader::findIn(*v, "lat"))
    g.lat = r.number(*x, "region.lat", -90, 90, "a latitude from -90 to 90 (WGS84 degrees)");
  if (const json* x = RecordReader::findIn(*v, "lon"))
    g.lon = r.number(*x, "region.lon", -180, 180, "a longitude from -180 to 180 (WGS84 degrees)");
  return g;
}

std::optional<StayMonths> readStay(RecordReader& r) {
  const json* v = r.find("stay_months");
  if (!v) return std::nullopt;
  if (!v->is_object()) {
    r.error("stay_months", "must be an object {\"min\": n, \"max\": n}, got " + shown(*v));
    return std::nullopt;
  }
  const char* expected = "a whole number of months from 1 to 12";
  std::optional<long long> bound[2];
  const char* parts[2] = {"min", "max"};
  for (int i = 0; i < 2; ++i) {
    const std::string field = std::string("stay_months.") + parts[i];
    if (const json* x = RecordReader::findIn(*v, parts[i]))
      bound[i] = r.wholeNumber(*x, field, 1, 12, expected);
    else
      r.error(field, std::string("is required (") + expected + "), but is missing");
  }
  if (!bound[0] || !bound[1]) return std::nullopt;
  if (*bound[0] > *bound[1]) {
    r.error("stay_months", "min must not be greater than max, got min " +
                               std::to_string(*bound[0]) + ", max " + std::to_string(*bound[1]));
    return std::nullopt;
  }
  return StayMonths{static_cast<int>(*bound[0]), static_cast<int>(*bound[1])};
}

// Field order follows the contract, so diagnostics come out in the order an editor reads.
Call readCall(RecordReader& r) {
  Call c;
  c.id = r.requiredText("id");
  r.setId(c.id);
  c.title = r.requiredText("title");
  c.title_original = r.text("title_original");
  c.country = r.requiredCountry("country");
  const auto level = r.vocab("level", VocabField::Level);
  c.region = readRegion(r);
  c.programme = r.text("programme");
  c.authority = r.text("authority");
  c.status = r.vocab("status", VocabField::Status);
  c.opens = r.date("opens");
  c.closes = r.date("closes");
  if (const json* v = r.find("budget_eur"))
    c.budget_eur = r.number(*v, "budget_eur", 0, 1e300, "a number >= 0 (euros)");
  if (const json* v = r.find("participants"))
    c.participants = r.wholeNumber(*v, "participants", 0, 9'000'000'000'000'000'000LL,
                                   "a whole number >= 0");
  c.stay_months = readStay(r);
  c.destinations = r.countryList("destinations");
  c.funding_model = r.vocab("funding_model", VocabField::FundingModel);
  c.target_group = r.text("target_group");
  c.url = r.link("url");
  c.contact = r.text("contact");
  c.updated = r.date("updated");
  c.notes = r.text("notes");
  // Contract default: regional if region given, eu if country is EU, else national.
  c.level = level ? *level : c.region ? "regional" : c.country == "EU" ? "eu" : "national";
  return c;
}

Practice readPractice(RecordReader& r) {
  Practice p;
  p.id = r.requiredText("id");
  r.setId(p.id);
  p.title = r.requiredText("title");
  p.country = r.requiredCountry("country");
  p.partner_countries = r.countryList("partner_countries");
  p.region = r.text("region");
  p.organisation = r.text("organisation");
  p.stages = r.vocabList("stages", VocabField::Stage);
  p.themes = r.vocabList("themes", VocabField::Theme);
  p.target_groups = r.vocabList("target_groups", VocabField::TargetGroup);
  p.funds = r.vocabList("funds", VocabField::Fund);
  p.start = r.date("start");
  p.end = r.date("end");
  p.summary = r.text("summary");
  p.url = r.link("url");
  p.contact = r.text("contact");
  p.updated = r.date("updated");
  return p;
}

struct Format {
  ExportKind kind;
  const char* name;        // "alma-calls/1"
  const char* arrayKey;    // "calls"
  const char* recordWord;  // "call"
};
constexpr Format kFormats[] = {{ExportKind::Calls, kCallsFormat, "calls", "call"},
                               {ExportKind::Practices, kPracticesFormat, "practices", "practice"}};

void fatal(LoadOutcome& out, const std::string& file, std::string field, std::string message) {
  out.rejected = true;
  out.diagnostics.push_back({Severity::Fatal, file, 0, "", std::move(field), std::move(message)});
}

std::string expectedFormats(ExportKind want) {
  std::string s;
  for (const auto& f : kFormats)
    if (want == ExportKind::Unknown || want == f.kind)
      s += (s.empty() ? "'" : " or '") + std::string(f.name) + "'";
  return s;
}

// Which format the document declares; nullptr (with a Fatal) when it is not one `want` accepts.
const Format* checkFormat(const json& doc, ExportKind want, const std::string& file,
                          LoadOutcome& out) {
  if (!doc.is_object()) {
    fatal(out, file, "", "must be a JSON object with a \"format\" field, got " + shown(doc));
    return nullptr;
  }
  const auto it = doc.find("format");
  if (it == doc.end() || it->is_null()) {
    fatal(out, file, "format", "is missing: expected " + expectedFormats(want) +
                                   " (is this an ALMA calls or practices export?)");
    return nullptr;
  }
  if (it->is_string()) {
    const std::string_view name = trimSpaces(it->get_ref<const std::string&>());
    for (const auto& f : kFormats)
      if (name == f.name)
        if (want == ExportKind::Unknown || want == f.kind) return &f;
  }
  fatal(out, file, "format", "must be " + expectedFormats(want) + ", got " + shown(*it));
  return nullptr;
}

ExportInfo readInfo(const json& doc, const Format& f, const std::string& file, LoadOutcome& out) {
  ExportInfo info;
  info.file = file;
  info.format = f.name;
  for (const char* key : {"exported", "source"}) {
    const json* v = RecordReader::findIn(doc, key);
    if (!v) continue;
    if (!v->is_string()) {
      out.diagnostics.push_back({Severity::Warning, file, 0, "", key,
                                 "should be text, got " + shown(*v) + " (ignored)"});
      continue;
    }
    const std::string& s = v->get_ref<const std::string&>();
    (key[0] == 'e' ? info.exported : info.source) = s;
    if (key[0] == 'e' && !parseDate(trimSpaces(s)))
      out.diagnostics.push_back({Severity::Warning, file, 0, "", key,
                                 "should be a date YYYY-MM-DD, got " + shown(*v) + " (kept as written)"});
  }
  return info;
}

// The records of one kind as they stream in: each read, checked and kept or left out, in order.
template <typename Record>
struct RecordList {
  const Format& format;
  Record (*read)(RecordReader&);
  std::vector<Record> records{};
  std::vector<Diagnostic> diagnostics{};
  std::unordered_map<std::string, int> firstSeen{};  // id → position of its first record
  int position = 0;

  void add(const json& item, const std::string& file) {
    ++position;
    RecordReader r(item, position, file, diagnostics);
    if (!item.is_object()) {
      r.error("", std::string("must be an object (one ") + format.recordWord + "), got " + shown(item));
      return;
    }
    Record rec = read(r);
    // The first record with an id owns it, even when that record is itself left out: an id must
    // name one record, and the editor has to fix the duplicate either way.
    if (!rec.id.empty()) {
      const auto [it, inserted] = firstSeen.emplace(rec.id, position);
      if (!inserted)
        r.error("id", "duplicates the id of record " + std::to_string(it->second) +
                          " (only the first is used)");
    }
    if (!r.failed()) records.push_back(std::move(rec));
  }
};

// Builds the document as nlohmann's DOM parser does, except for the records: each element of the
// top-level "calls" or "practices" array is built alone, read into a record and dropped at once.
// A 50 MB export therefore never exists as a JSON document (about five times its size in memory),
// and reading overlaps parsing. The array itself stays in the document, empty. Which format the
// file declares is known only at the end (keys have no order): records are read by their array's
// name, and load() keeps the list the format asks for.
class RecordStream final : public detail::JsonEvents {
 public:
  RecordStream(json& doc, const std::string& file, RecordList<Call>& calls, RecordList<Practice>& practices)
      : outer_(doc, false), file_(file), calls_(calls), practices_(practices) {}

  bool null() override { return value([](auto& p) { return p.null(); }, nullptr); }
  bool boolean(bool b) override { return value([&](auto& p) { return p.boolean(b); }, b); }
  bool number_integer(number_integer_t n) override { return value([&](auto& p) { return p.number_integer(n); }, n); }
  bool number_unsigned(number_unsigned_t n) override { return value([&](auto& p) { return p.number_unsigned(n); }, n); }
  bool number_float(number_float_t n, const string_t& s) override {
    return value([&](auto& p) { return p.number_float(n, s); }, n);
  }
  bool string(string_t& s) override { return value([&](auto& p) { return p.string(s); }, s); }
  bool binary(binary_t& b) override { return value([&](auto& p) { return p.binary(b); }, json::binary(b)); }
  bool key(string_t& k) override {
    if (inner_) return inner_->key(k);
    if (depth_ == 1) lastKey_ = k;
    return outer_.key(k);
  }
  bool start_object(std::size_t n) override { return open([&](auto& p) { return p.start_object(n); }, false); }
  bool start_array(std::size_t n) override { return open([&](auto& p) { return p.start_array(n); }, true); }
  bool end_object() override { return close([](auto& p) { return p.end_object(); }); }
  bool end_array() override { return close([](auto& p) { return p.end_array(); }); }

 private:
  using Dom = nlohmann::detail::json_sax_dom_parser<json>;
  bool inRecords() const { return recordsArray_ && depth_ == 2; }

  template <class Event, class Value>
  bool value(Event event, Value&& v) {
    if (inner_) return event(*inner_);
    if (inRecords()) {  // a record that is not an object: read (and reported) like any other
      handOver(json(std::forward<Value>(v)));
      return true;
    }
    return event(outer_);
  }
  template <class Event>
  bool open(Event event, bool array) {
    if (!enter()) return false;  // too deep: stop here (parseJsonInput says where)
    if (inner_) return ++innerDepth_, event(*inner_);
    if (inRecords()) {  // a record begins
      element_ = json();
      inner_.emplace(element_, false);
      innerDepth_ = 1;
      return event(*inner_);
    }
    ++depth_;
    if (array && depth_ == 2 && (lastKey_ == "calls" || lastKey_ == "practices")) {
      recordsArray_ = true;
      recordsKey_ = lastKey_;
      recordsFrom_ = bytesRead();
      recordsSeen_ = 0;
    }
    return event(outer_);
  }
  template <class Event>
  bool close(Event event) {
    leave();
    if (inner_) {
      const bool ok = event(*inner_);
      if (--innerDepth_ == 0) {
        inner_.reset();
        handOver(std::move(element_));
      }
      return ok;
    }
    if (depth_ == 2) recordsArray_ = false;
    --depth_;
    return event(outer_);
  }
  void handOver(json item) {
    if (recordsKey_ == "calls") calls_.add(item, file_), reserveAhead(calls_.records);
    else practices_.add(item, file_), reserveAhead(practices_.records);
  }
  // After the first 256 records, room for as many as the rest of the file holds at their size (and
  // 1/16 more): the list then never doubles, which in the browser would keep the old and the new
  // copy of a 100k-record list (~35 MB) in memory that is never given back.
  template <class Record>
  void reserveAhead(std::vector<Record>& records) {
    if (++recordsSeen_ != 256) return;
    const std::size_t read = bytesRead() - recordsFrom_;
    if (read == 0 || bytesTotal <= recordsFrom_) return;
    const double expected = static_cast<double>(bytesTotal - recordsFrom_) / static_cast<double>(read) * 256.0 * 17.0 / 16.0;
    records.reserve(static_cast<std::size_t>(std::min(expected, static_cast<double>(kMaxExportBytes / 64))));
  }

  Dom outer_;
  std::optional<Dom> inner_;
  json element_;
  int depth_ = 0, innerDepth_ = 0;
  bool recordsArray_ = false;
  std::string lastKey_, recordsKey_;
  std::size_t recordsFrom_ = 0, recordsSeen_ = 0;  // where the records array began; records in it so far
  const std::string& file_;
  RecordList<Call>& calls_;
  RecordList<Practice>& practices_;
};

LoadOutcome load(ByteSource& bytes, std::string_view fileName, ExportKind want) {
  LoadOutcome out;
  const std::string file(fileName);
  json doc;
  RecordList<Call> calls{kFormats[0], readCall};
  RecordList<Practice> practices{kFormats[1], readPractice};
  RecordStream stream(doc, file, calls, practices);
  if (!detail::parseJsonInput(bytes, file, stream, out.diagnostics)) {
    out.rejected = true;
    return out;
  }
  const Format* f = checkFormat(doc, want, file, out);
  if (!f) return out;
  out.kind = f->kind;
  const auto it = doc.find(f->arrayKey);
  const std::string records = std::string("a list [...] of ") + f->recordWord + "s";
  if (it == doc.end() || it->is_null()) {
    fatal(out, file, f->arrayKey, "is missing: expected " + records);
    return out;
  }
  if (!it->is_array()) {
    fatal(out, file, f->arrayKey, "must be " + records + ", got " + shown(*it));
    return out;
  }
  ExportInfo info = readInfo(doc, *f, file, out);
  auto keep = [&](auto& list) {
    out.diagnostics.insert(out.diagnostics.end(), std::make_move_iterator(list.diagnostics.begin()),
                           std::make_move_iterator(list.diagnostics.end()));
    return std::move(list.records);
  };
  if (f->kind == ExportKind::Calls) {
    out.calls.info = std::move(info);
    out.calls.calls = keep(calls);
  } else {
    out.practices.info = std::move(info);
    out.practices.practices = keep(practices);
  }
  return out;
}
}  // namespace

LoadOutcome loadExport(ByteSource& bytes, std::string_view fileName) {
  return load(bytes, fileName, ExportKind::Unknown);
}
LoadOutcome loadExport(std::string_view bytes, std::string_view fileName) {
  MemorySource source(bytes);
  return load(source, fileName, ExportKind::Unknown);
}
LoadOutcome loadCalls(std::string_view bytes, std::string_view fileName) {
  MemorySource source(bytes);
  return load(source, fileName, ExportKind::Calls);
}
LoadOutcome loadPractices(std::string_view bytes, std::string_view fileName) {
  MemorySource source(bytes);
  return load(source, fileName, ExportKind::Practices);
}

std::string tooLargeMessage(double bytes) {
  auto mb = [](double b) { return std::to_string(static_cast<long long>((b + (1 << 20) - 1) / (1 << 20))) + " MB"; };
  return "is " + mb(bytes) + ": the atlas opens exports of up to " + mb(static_cast<double>(kMaxExportBytes)) +
         " (a browser tab cannot hold more while it reads them). Split it, or leave out records it does not need; "
         "the data on screen stays";
}

}  // namespace alma
