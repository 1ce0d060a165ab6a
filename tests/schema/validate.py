#!/usr/bin/python3
"""The producers' JSON Schemas (schemas/*.schema.json) against real and known-bad documents.

Usage: /usr/bin/python3 tests/schema/validate.py REPO_ROOT   (Debian's python3-jsonschema)

- Both schemas are valid draft 2020-12 schemas.
- Every assets/data/*.json export is valid (absent files are skipped: the data may not exist yet).
- Every ```json block of docs/data-format.md whose first key is "format" is valid, and there is
  at least one of each format (so the worked examples cannot drift from the schemas).
- Deliberately wrong documents are invalid, each for the reason given (so this test can fail).
"""
import copy
import glob
import json
import os
import re
import sys

from jsonschema import Draft202012Validator

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
FORMATS = {"alma-calls/1": ("alma-calls-1", "calls"), "mi-practices/1": ("mi-practices-1", "practices")}
failures = []
validators = {}


def report(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok or not detail else "\n     " + detail))
    if not ok:
        failures.append(what)


for fmt, (name, _) in FORMATS.items():
    with open(os.path.join(root, "schemas", name + ".schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)  # raises on an invalid schema
    report(f"schema {name} is a valid draft 2020-12 schema", schema.get("$schema", "").endswith("2020-12/schema"))
    validators[fmt] = Draft202012Validator(schema)


def errors(doc):
    v = validators.get(doc.get("format")) if isinstance(doc, dict) else None
    if v is None:
        return ["unknown format %r" % (doc.get("format") if isinstance(doc, dict) else doc)]
    return ["%s: %s" % ("/".join(map(str, e.absolute_path)) or "(top)", e.message) for e in v.iter_errors(doc)]


# 1. The shipped data.
for path in sorted(glob.glob(os.path.join(root, "assets", "data", "*.json"))):
    with open(path, encoding="utf-8-sig") as f:
        doc = json.load(f)
    errs = errors(doc)
    report(f"assets/data/{os.path.basename(path)} is valid", not errs, "\n     ".join(errs[:10]))

# 2. The worked examples of the producers' documentation.
with open(os.path.join(root, "docs", "data-format.md"), encoding="utf-8") as f:
    blocks = re.findall(r"^```json\n(.*?)^```", f.read(), re.S | re.M)
examples = {}
for i, text in enumerate(blocks, 1):
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        report(f"docs/data-format.md json block {i} parses", False, str(e))
        continue
    if not isinstance(doc, dict) or next(iter(doc), None) != "format":
        continue
    examples.setdefault(doc["format"], doc)
    errs = errors(doc)
    report(f"docs/data-format.md example {i} ({doc['format']}) is valid", not errs, "\n     ".join(errs))
for fmt in FORMATS:
    report(f"docs/data-format.md has a worked example of {fmt}", fmt in examples)

# 3. Known-bad documents, made from the examples by one change each.
def broken(fmt, change, why):
    if fmt not in examples:
        return
    doc = copy.deepcopy(examples[fmt])
    change(doc, doc[FORMATS[fmt][1]][0])
    report(f"invalid: {fmt} {why}", bool(errors(doc)))

C, P = "alma-calls/1", "mi-practices/1"
broken(C, lambda d, r: r.pop("id"), "record without id")
broken(C, lambda d, r: r.update(title=""), "empty title")
broken(C, lambda d, r: r.update(title="   "), "blank title")
broken(C, lambda d, r: r.update(country="Spain"), "country not a code")
broken(C, lambda d, r: r.update(country="gr"), "country in lower case / GR (lenient reader only)")
broken(C, lambda d, r: r.update(level="local"), "level outside the vocabulary")
broken(C, lambda d, r: r.update(status="Open soon"), "status outside the vocabulary")
broken(C, lambda d, r: r.update(closes="30/05/2023"), "day-first date")
broken(C, lambda d, r: r.update(opens="2024-13"), "month 13")
broken(C, lambda d, r: r.update(budget_eur=-1), "negative budget")
broken(C, lambda d, r: r.update(budget_eur="6300000"), "budget as text")
broken(C, lambda d, r: r.update(participants=12.5), "participants not whole")
broken(C, lambda d, r: r.update(stay_months={"min": 0, "max": 6}), "stay_months.min 0")
broken(C, lambda d, r: r.update(stay_months={"min": 2}), "stay_months without max")
broken(C, lambda d, r: r["region"].update(lat=91), "latitude 91")
broken(C, lambda d, r: r.update(destinations="ES"), "destinations not a list")
broken(C, lambda d, r: r.update(destinations=["ES", "ES"]), "repeated destination")
broken(C, lambda d, r: r.update(funding_model="lump-sum"), "funding_model outside the vocabulary")
broken(C, lambda d, r: r.update(url="javascript:alert(1)"), "url not http(s)")
broken(C, lambda d, r: d.update(format="alma-calls/2"), "other format version")
broken(C, lambda d, r: d.pop("calls"), "no calls array")
broken(P, lambda d, r: r.pop("country"), "practice without country")
broken(P, lambda d, r: r.update(themes=["languages"]), "theme outside the vocabulary")
broken(P, lambda d, r: r.update(stages="reception"), "stages not a list")
broken(P, lambda d, r: r.update(funds=["esf+"]), "fund in the wrong case (lenient reader only)")
broken(P, lambda d, r: r.update(start="2022-1"), "one-digit month")
broken(P, lambda d, r: d.update(practices={}), "practices not an array")

# The lenient parts of the contract stay valid: null for optional fields, extra fields.
for fmt, (_, key) in FORMATS.items():
    if fmt in examples:
        doc = copy.deepcopy(examples[fmt])
        rec = doc[key][0]
        for k in list(rec):
            if k not in ("id", "title", "country"):
                rec[k] = None
        rec["internal_note"] = "extra fields are ignored"
        report(f"valid: {fmt} with every optional field null and an extra field", not errors(doc),
               "\n     ".join(errors(doc)))

print(f"schemas: {len(failures)} failed")
sys.exit(1 if failures else 0)
