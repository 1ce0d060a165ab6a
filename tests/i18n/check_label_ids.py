#!/usr/bin/env python3
"""No ImGui widget in the UI sources takes a label whose ID would change with the language.

(Popups and child windows are named by ids that are never shown: BeginPopup("columns") is fine.)
A widget's ID is the hash of its label, unless the label has "##" (text##id) or "###" (id only).
Translated text must therefore come through ui/labels.hpp's label() ("Karte###tab.map"). This check
fails on a widget call whose label is
  - a string literal with letters and no "##" (English words as the ID: "Close"), or
  - a message straight from the catalog: tr(...) / trf(...) / trn(...) (translated text as the ID).
Usage: check_label_ids.py SRC_UI_DIR
"""
import pathlib
import re
import sys

WIDGETS = r"(?:Button|SmallButton|Selectable|Checkbox|CollapsingHeader|Begin|" \
          r"MenuItem|BeginMenu|BeginTabItem|TreeNode|RadioButton|InputText|InputTextWithHint|SliderInt|TableSetupColumn)"
CALL = re.compile(r"ImGui::" + WIDGETS + r"\(\s*(\"(?:[^\"\\]|\\.)*\"|tr[fn]?\()")


def main(root):
    problems = []
    files = sorted(pathlib.Path(root).rglob("*.cpp"))
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in CALL.finditer(line):
                arg = m.group(1)
                if arg.startswith("tr"):
                    problems.append(f"{path}:{number}: a translated label without a stable id: use label(key)")
                elif re.search(r"[A-Za-z]", arg.split("##")[0]) and "##" not in arg:
                    problems.append(f"{path}:{number}: words as an ImGui id: {arg} (use label(key) or \"text##id\")")
    for p in problems:
        print(p)
    print(f"check_label_ids: {len(files)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
