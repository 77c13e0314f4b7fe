#!/usr/bin/env python3
"""Checks that the translations are complete.

Fails when a source file with translatable strings is missing from
POTFILES.in, when a catalogue has untranslated or fuzzy messages, or lacks
a message of the current sources, or when msgfmt --check complains.

usage: check-translations.py SOURCE_ROOT
"""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
po_dir = os.path.join(root, "po")
problems = []

MARKERS = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext|ngettext|g_dpgettext2)\s*\(|translatable="yes"')

with open(os.path.join(po_dir, "POTFILES.in"), encoding="utf-8") as f:
    potfiles = [l.strip() for l in f if l.strip() and not l.startswith("#")]

for path in potfiles:
    if not os.path.exists(os.path.join(root, path)):
        problems.append(f"POTFILES.in lists {path}, which does not exist")

# Sources with translatable strings must be listed.
for top in ("src", "data"):
    for dirpath, _, files in os.walk(os.path.join(root, top)):
        for name in files:
            if not name.endswith((".c", ".ui", ".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            if name.endswith(".gschema.xml"):
                marked = "<summary" in text
            else:
                marked = MARKERS.search(text) is not None
            if marked and rel not in potfiles:
                problems.append(f"{rel} has translatable strings but is not in po/POTFILES.in")

with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
    languages = f.read().split()

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "plenary.pot")
    present = [p for p in potfiles if os.path.exists(os.path.join(root, p))]
    c_files = [p for p in present if p.endswith(".c")]
    other = [p for p in present if not p.endswith(".c")]
    keywords = ["--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2", "--keyword=g_dpgettext2:2c,3"]
    subprocess.run(["xgettext", "--from-code=UTF-8", "--language=C", *keywords,
                    "-o", pot, "--directory", root, *c_files], check=True)
    for path in other:
        # .desktop.in and .metainfo.xml.in are read by xgettext's own parsers.
        subprocess.run(["xgettext", "--from-code=UTF-8", "--join-existing", "-o", pot,
                        "--directory", root, path], check=True)

    for lang in languages:
        po = os.path.join(po_dir, f"{lang}.po")
        check = subprocess.run(["msgfmt", "--check", "-o", os.devnull, po],
                               capture_output=True, text=True)
        if check.returncode != 0:
            problems.append(f"{lang}.po: msgfmt --check: {check.stderr.strip()}")
        for flag, what in (("--untranslated", "untranslated"), ("--only-fuzzy", "fuzzy")):
            out = subprocess.run(["msgattrib", flag, "--no-obsolete", po],
                                 capture_output=True, text=True).stdout
            ids = [m for m in re.findall(r'^msgid "(.*)"$', out, re.M) if m]
            if ids:
                problems.append(f"{lang}.po: {len(ids)} {what} message(s), e.g. “{ids[0]}”")
        cmp = subprocess.run(["msgcmp", "--use-untranslated", po, pot],
                             capture_output=True, text=True)
        if cmp.returncode != 0:
            missing = len(re.findall(r"this message is used but not defined", cmp.stderr))
            problems.append(f"{lang}.po: {missing} message(s) of the sources missing (run msgmerge)")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s) in the translations")
sys.exit(1 if problems else 0)
