#!/usr/bin/env python3
"""Build-time check: every character of every message catalog has a glyph in the embedded fonts.

Usage: check_glyphs.py FONT.ttf [FONT.ttf ...] -- CATALOG.json [CATALOG.json ...]
The fonts are the subset files the app embeds (src/CMakeLists.txt), so their character maps are
exactly what ImGui can draw: a character outside them would render as "?" on screen. Prints each
missing character with the catalog and key that use it, and exits 1 when there is any.
"""
import json
import sys

from fontTools.ttLib import TTFont


def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):  # plural forms
        for form in value.values():
            yield from texts(form)


def main(argv):
    if "--" not in argv:
        print(__doc__)
        return 2
    split = argv.index("--")
    fonts, catalogs = argv[:split], argv[split + 1:]
    drawable = set()
    for path in fonts:
        drawable |= set(TTFont(path).getBestCmap().keys())
    missing = 0
    for path in catalogs:
        with open(path, encoding="utf-8") as f:
            catalog = json.load(f)
        for key, value in catalog.items():
            if key.startswith("@"):
                continue
            for text in texts(value):
                for ch in sorted(set(text)):
                    if ord(ch) >= 0x20 and ord(ch) not in drawable:
                        print(f"{path}: {key}: U+{ord(ch):04X} '{ch}' has no glyph in the embedded fonts")
                        missing += 1
    print(f"check_glyphs: {len(catalogs)} catalogs, {missing} characters without a glyph")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
