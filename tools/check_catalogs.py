#!/usr/bin/env python3
"""Checks the message catalogs (assets/i18n/*.json) against the English one.

Usage: check_catalogs.py I18N_DIR PLURAL_FIXTURE.json
For every language: valid JSON object; every English key present, unless listed in the catalog's
"@english" (keys deliberately left in English, e.g. a name); no key English lacks; the same
{placeholders} as English in every form; plain text where English has plain text and, where English
has plural forms, exactly the plural categories the browser's Intl.PluralRules uses for whole numbers
in that language (recorded from Chromium in PLURAL_FIXTURE); no "%" (ImGui's format character) unless
English has it there. Prints every problem with language and key; exits 1 when there is any.
"""
import json
import os
import re
import sys

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def forms(value):
    return value.values() if isinstance(value, dict) else [value]


def main(i18n_dir, fixture_path):
    with open(fixture_path, encoding="utf-8") as f:
        fixture = json.load(f)
    categories = {lang: set(cats) for lang, cats in fixture["categories"].items()}
    with open(os.path.join(i18n_dir, "en.json"), encoding="utf-8") as f:
        english = {k: v for k, v in json.load(f).items() if not k.startswith("@")}
    problems = []
    languages = sorted(name[:-5] for name in os.listdir(i18n_dir) if name.endswith(".json"))
    for lang in languages:
        if lang == "en":
            continue
        path = os.path.join(i18n_dir, lang + ".json")
        try:
            with open(path, encoding="utf-8") as f:
                catalog = json.load(f)
        except (ValueError, OSError) as e:
            problems.append(f"{lang}: not valid JSON: {e}")
            continue
        if not isinstance(catalog, dict):
            problems.append(f"{lang}: expected a JSON object")
            continue
        kept_english = set(catalog.get("@english", []))
        for key, en in english.items():
            if key not in catalog:
                if key not in kept_english:
                    problems.append(f"{lang}: {key}: missing (translate it, or list it in \"@english\")")
                continue
            value = catalog[key]
            wanted = {m for text in forms(en) for m in PLACEHOLDER.findall(text)}
            if isinstance(en, dict):
                if not isinstance(value, dict):
                    problems.append(f"{lang}: {key}: expected plural forms {sorted(categories.get(lang, []))}")
                    continue
                if lang in categories and set(value) != categories[lang]:
                    problems.append(f"{lang}: {key}: plural categories {sorted(value)}, Intl uses {sorted(categories[lang])}")
            elif not isinstance(value, str):
                problems.append(f"{lang}: {key}: expected text")
                continue
            for text in forms(value):
                if not isinstance(text, str):
                    problems.append(f"{lang}: {key}: expected text in every plural form")
                    continue
                found = set(PLACEHOLDER.findall(text))
                # A plural form may leave out {n} ("one" said as a word: "un appel"), never add one.
                if found - wanted or (wanted - found) - {"n"}:
                    problems.append(f"{lang}: {key}: placeholders {sorted(found)}, English has {sorted(wanted)}")
                if "%" in text and not any("%" in t for t in forms(en)):
                    problems.append(f"{lang}: {key}: '%' is not allowed here")
        for key in catalog:
            if not key.startswith("@") and key not in english:
                problems.append(f"{lang}: {key}: not an English key (misspelt or outdated)")
    for p in problems:
        print(p)
    print(f"check_catalogs: {len(languages)} catalogs, {len(english)} keys, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
