#!/usr/bin/python3
"""Runs the real alma-data binary on the sample files in tests/data/{cli,csv}.

Usage: cli_test.py ALMA_DATA TESTS_DATA_DIR GROUP   (GROUP: check, from_csv, ics, usage)
Exit 0 when every check of the group passes; each failure is printed.
"""
import json
import os
import subprocess
import sys
import tempfile

BIN, DATA, GROUP = sys.argv[1], sys.argv[2], sys.argv[3]
CLI, CSV = os.path.join(DATA, "cli"), os.path.join(DATA, "csv")
failures = []


def run(args, cwd):
    p = subprocess.run([BIN, *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def expect(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)
        if detail:
            print("     " + detail.replace("\n", "\n     "))


def expect_lines(what, text, wanted):
    lines = text.splitlines()
    missing = [w for w in wanted if w not in lines]
    expect(what, not missing, "missing: %r\ngot:\n%s" % (missing, text))


def group_check():
    rc, out, _ = run(["check", "calls-ok.json"], CLI)
    expect("check: warnings only -> exit 0", rc == 0, out)
    expect_lines("check: warning and summary lines", out, [
        "calls-ok.json: record 2 (id EL-2024-01): field 'funding_model' should be one of "
        "delegated-act, sco, real-costs, mixed, got 'lump-sum' (kept as written)",
        "calls-ok.json: alma-calls/1, 2 records loaded, 0 left out, 1 warning",
    ])

    rc, out, _ = run(["check", "calls-ok.json", "practices-left-out.json"], CLI)
    expect("check: a record left out -> exit 1", rc == 1, out)
    expect_lines("check: left-out summary", out, [
        "practices-left-out.json: mi-practices/1, 1 record loaded, 2 left out, 0 warnings"])
    expect("check: each left-out record is named",
           "record 2 (id PT-0008): field 'title'" in out and "record 3 (id PT-0009): field 'start'" in out, out)

    rc, out, _ = run(["check", "practices-left-out.json", "not-json.json", "calls-ok.json"], CLI)
    expect("check: a rejected file -> exit 2 (highest wins)", rc == 2, out)
    expect("check: parser line and column reported", "line 1, column" in out, out)
    expect_lines("check: rejected summary, later files still checked", out, [
        "not-json.json: rejected (1 problem)",
        "calls-ok.json: alma-calls/1, 2 records loaded, 0 left out, 1 warning"])

    rc, out, _ = run(["check", "no-such-file.json"], CLI)
    expect("check: unreadable file -> exit 2", rc == 2 and "no-such-file.json: cannot read" in out, out)

    assets = os.path.join(DATA, "..", "..", "assets", "data")
    shipped = sorted(f for f in os.listdir(assets) if f.endswith(".json")) if os.path.isdir(assets) else []
    if shipped:
        rc, out, _ = run(["check", *shipped], assets)
        expect("check: the shipped data loads without records left out", rc == 0, out)


def group_from_csv():
    with tempfile.TemporaryDirectory() as tmp:
        for name, fmt, n in [("calls-libreoffice", "alma-calls/1", 3),
                             ("practices-libreoffice", "mi-practices/1", 3),
                             ("calls-excel", "alma-calls/1", 2)]:
            out_path = os.path.join(tmp, name + ".json")
            rc, _, err = run(["from-csv", "--exported", "2026-11-24", "-o", out_path, name + ".csv"], CSV)
            expect(f"from-csv {name}: exit 0", rc == 0, err)
            expect_lines(f"from-csv {name}: summary", err, [
                f"{name}.csv -> {name}.json: {fmt}, {n} records loaded, 0 left out, "
                + ("1 warning" if name == "calls-excel" else "0 warnings")])
            # What the CLI wrote loads again, with no errors at all.
            rc, out, _ = run(["check", out_path], tmp)
            expect(f"from-csv {name}: output checks clean", rc == 0 and "0 left out" in out, out)
            with open(out_path, encoding="utf-8") as f:
                text = f.read()
            doc = json.loads(text)
            expect(f"from-csv {name}: pretty-printed with 2 spaces", text.startswith('{\n  "format"'), text[:40])
            expect(f"from-csv {name}: exported and source", doc["exported"] == "2026-11-24"
                   and doc["source"] == f"converted from {name}.csv", str(doc)[:200])

        with open(os.path.join(tmp, "calls-libreoffice.json"), encoding="utf-8") as f:
            cz = json.load(f)["calls"][0]
        expect("from-csv: LibreOffice's German number and date cells are read",
               cz["budget_eur"] == 6300000.5 and cz["participants"] == 1200 and cz["opens"] == "2023-03-01"
               and cz["stay_months"] == {"min": 2, "max": 6} and cz["destinations"] == ["ES", "IT"], str(cz))
        expect("from-csv: multi-line cell with quotes kept",
               cz["notes"] == 'Sample record for tests.\nA second round is "planned"; see the FAQ.', cz["notes"])
        with open(os.path.join(tmp, "calls-excel.json"), encoding="utf-8") as f:
            it = json.load(f)["calls"][0]
        expect("from-csv: BOM, CRLF, region.code columns, range and euro amounts",
               it["id"] == "IT-LAZ-2024-01" and it["region"] == {"code": "ITI4", "name": "Lazio"}
               and it["budget_eur"] == 1250000 and it["notes"] == 'Riga uno;\nriga "due"', str(it))

    rc, out, err = run(["from-csv", "--exported", "2026-11-24", "calls-problems.csv"], CSV)
    expect("from-csv: records left out -> exit 1, JSON still on stdout", rc == 1 and json.loads(out)["calls"], err)
    expect_lines("from-csv: problems with CSV lines", err, [
        "calls-problems.csv: columns ignored, they are not fields of alma-calls/1: 'themes'",
        "calls-problems.csv: record 2 (id DE-2): field 'budget_eur' is ambiguous, got '6,300': the comma "
        "may separate thousands or decimals; write 6300 or 6.3 (CSV line 3)",
        "calls-problems.json: record 3 (id DE-3): field 'title' is required (non-empty text), but is missing (CSV line 4)",
        "calls-problems.csv -> calls-problems.json: alma-calls/1, 1 record loaded, 3 left out, 1 warning"])

    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "out.json")
        rc, out, err = run(["from-csv", "-o", target, "broken.csv"], CSV)
        expect("from-csv: unterminated quote -> exit 2 with its line, nothing written",
               rc == 2 and "broken.csv: line 2: a quoted field" in err and not os.path.exists(target), err)

    rc, out, err = run(["from-csv", "--kind", "practices", "--exported", "2026-11-24", "calls-problems.csv"], CSV)
    expect("from-csv: --kind wins over detection", rc == 1 and json.loads(out)["format"] == "mi-practices/1", err)


def group_ics():
    p = subprocess.run([BIN, "ics", "--stamp", "0", "calls-ok.json"], cwd=CLI, capture_output=True, timeout=60)
    out, err = p.stdout.decode(), p.stderr.decode()
    expect("ics: exit 0 (warnings allowed)", p.returncode == 0, err)
    expect("ics: a calendar with CRLF line ends", out.startswith("BEGIN:VCALENDAR\r\n")
           and out.endswith("END:VCALENDAR\r\n") and out.count("\n") == out.count("\r\n"), out)
    expect("ics: one event, for the call with a deadline", out.count("BEGIN:VEVENT\r\n") == 1
           and "UID:CZ-2023-01@alma-atlas\r\n" in out and "DTSTART;VALUE=DATE:20230503\r\n" in out
           and "DTSTAMP:19700101T000000Z\r\n" in out, out)
    expect_lines("ics: how many calls it holds", err, ["calls-ok.json: 1 of 2 calls have a deadline"])
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "deadlines.ics")
        rc, _, err = run(["ics", "--stamp", "0", "-o", path, "calls-ok.json"], CLI)
        with open(path, "rb") as f:
            expect("ics -o: the same bytes as stdout", rc == 0 and f.read() == p.stdout, err)

    rc, out, err = run(["ics", "practices-left-out.json"], CLI)
    expect("ics: a practices export is rejected, nothing written", rc == 2 and out == "", err)
    rc, out, err = run(["ics", "no-such-file.json"], CLI)
    expect("ics: unreadable file -> exit 2", rc == 2 and "no-such-file.json: cannot read" in err, err)


def group_usage():
    rc, out, _ = run(["--help"], CLI)
    expect("--help: exit 0 and documents the commands",
           rc == 0 and "alma-data check FILE..." in out and "from-csv" in out and "alma-data ics" in out
           and "Exit status" in out, out)
    for args in [[], ["frobnicate"], ["check"], ["from-csv"], ["from-csv", "--kind", "grants", "a.csv"],
                 ["from-csv", "--exported", "24.11.2026", "a.csv"], ["from-csv", "a.csv", "b.csv"],
                 ["ics"], ["ics", "--stamp", "soon", "a.json"], ["ics", "--stamp", "-1", "a.json"],
                 ["ics", "a.json", "b.json"], ["ics", "--frobnicate", "a.json"]]:
        rc, out, err = run(args, CLI)
        expect(f"usage error {args} -> exit 3 with a message", rc == 3 and err.startswith("alma-data: "), err)


{"check": group_check, "from_csv": group_from_csv, "ics": group_ics, "usage": group_usage}[GROUP]()
print(f"{GROUP}: {len(failures)} failed")
sys.exit(1 if failures else 0)
