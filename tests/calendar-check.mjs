// Not part of the test suite: a check by hand that `alma-data ics` writes calendars a real
// iCalendar parser (ical.js, as calendar web apps use) reads as intended. Needs the native build.
//
//   node tests/calendar-check.mjs [ALMA_DATA] [CALLS_JSON]
//   (defaults: build/native/tools/alma-data, assets/data/calls.json)
//
// For the given export and for a hostile one made here (long Greek and Polish titles, line breaks
// and "BEGIN:VEVENT" in titles, leap day, year end, partial dates, links that are not web pages):
// one VEVENT per call with a deadline, DTSTART a DATE (not a date-time) equal to the deadline
// (its last day when partial), DTEND the next day, SUMMARY the title, URL the http(s) link or
// none, a VALARM that displays 7 days before.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ICAL from "ical.js";

const root = resolve(import.meta.dirname, "..");
const bin = process.argv[2] ?? join(root, "build/native/tools/alma-data");
const bundled = process.argv[3] ?? join(root, "assets/data/calls.json");
let passed = 0;
const failed = [];
const check = (what, ok, detail = "") => (ok ? passed++ : failed.push(`${what} ${detail}`));

// A deadline as the atlas counts it: a partial date stands for its last day (YYYY-MM-DD strings).
function lastDay(closes) {
  const [y, m, d] = closes.split("-").map(Number);
  const t = d ? Date.UTC(y, m - 1, d) : Date.UTC(m ? y : y + 1, m ? m : 0, 0);
  return new Date(t).toISOString().slice(0, 10);
}
const nextDay = (iso) => new Date(Date.parse(iso) + 86400000).toISOString().slice(0, 10);
const isWebLink = (u) => typeof u === "string" && /^https?:\/\/[^/\s]\S*$/i.test(u);

function checkFile(file) {
  const calls = JSON.parse(readFileSync(file, "utf8")).calls;
  const text = execFileSync(bin, ["ics", "--stamp", "1764403200", file], { encoding: "utf8" });
  check(`${file}: CRLF only`, !/[^\r]\n/.test(text));
  const cal = new ICAL.Component(ICAL.parse(text));
  check(`${file}: VERSION 2.0`, cal.getFirstPropertyValue("version") === "2.0");
  check(`${file}: METHOD PUBLISH`, cal.getFirstPropertyValue("method") === "PUBLISH");
  const events = cal.getAllSubcomponents("vevent");
  const dated = calls.filter((c) => c.closes);
  check(`${file}: one VEVENT per call with a deadline`, events.length === dated.length,
        `${events.length} != ${dated.length}`);
  for (const c of dated) {
    const uid = encodeURIComponent(c.id).replace(/[!'()*]/g, (ch) => "%" + ch.charCodeAt(0).toString(16).toUpperCase());
    const ev = events.find((e) => e.getFirstPropertyValue("uid") === `${uid}@alma-atlas`);
    check(`${c.id}: VEVENT found by UID`, ev !== undefined);
    if (!ev) continue;
    const start = ev.getFirstPropertyValue("dtstart"), end = ev.getFirstPropertyValue("dtend");
    check(`${c.id}: DTSTART is a date`, start.isDate === true);
    check(`${c.id}: DTSTART = deadline`, start.toString() === lastDay(c.closes), `${start} ${c.closes}`);
    check(`${c.id}: DTEND is the next day`, end.isDate && end.toString() === nextDay(lastDay(c.closes)), `${end}`);
    check(`${c.id}: DTSTAMP in UTC`, ev.getFirstPropertyValue("dtstamp").toString() === "2025-11-29T08:00:00Z");
    check(`${c.id}: SUMMARY`, ev.getFirstPropertyValue("summary") === "Deadline: " + c.title.replace(/\r\n?/g, "\n"));
    const url = ev.getFirstPropertyValue("url");
    check(`${c.id}: URL`, isWebLink(c.url) ? url === c.url : url === null, `${url} for ${c.url}`);
    const alarms = ev.getAllSubcomponents("valarm");
    check(`${c.id}: one VALARM`, alarms.length === 1);
    const trigger = alarms[0]?.getFirstPropertyValue("trigger");
    check(`${c.id}: VALARM DISPLAY, TRIGGER -P7D`, alarms[0]?.getFirstPropertyValue("action") === "DISPLAY" &&
          trigger instanceof ICAL.Duration && trigger.toString() === "-P7D" && trigger.toSeconds() === -7 * 86400);
  }
}

const hostile = {
  format: "alma-calls/1", exported: "2026-11-24",
  calls: [
    { id: "EL-LONG", country: "EL", closes: "2024-02-29", url: "https://example.eu/κινητικότητα",
      title: "Κινητικότητα νέων ΕΚΤ+ στην Ελλάδα και Łódź Źdźbło żółć gęślą jaźń ".repeat(4).trim() },
    { id: "PL-INJECT; 1,2", country: "PL", closes: "2025-12-31", url: "javascript:alert(1)",
      title: "Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected; a,b \\ c" },
    { id: "DE-PARTIAL", country: "DE", closes: "2024-02", url: "mailto:alma@example.eu", title: "Month only" },
    { id: "ES-YEAR", country: "ES", closes: "2025", url: "HTTPS://example.eu/a?x=1,2;y", title: "Year only" },
    { id: "IT-NONE", country: "IT", title: "No deadline" },
  ],
};
const dir = mkdtempSync(join(tmpdir(), "alma-ics-"));
try {
  writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostile));
  checkFile(bundled);
  checkFile(join(dir, "hostile.json"));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const f of failed) console.log("FAIL " + f);
console.log(`calendar-check: ${passed} checks passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
