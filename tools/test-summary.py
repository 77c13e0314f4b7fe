#!/usr/bin/env python3
# Turns meson's test log into the closing line CI reads:
#   "N passed, N failed, N skipped"
import json
import sys

counts = {"passed": 0, "failed": 0, "skipped": 0}
path = sys.argv[1] if len(sys.argv) > 1 else "build/meson-logs/testlog.json"
try:
    with open(path, encoding="utf-8") as log:
        for line in log:
            line = line.strip("\0 \t\r\n")
            if not line:
                continue
            try:
                result = json.loads(line).get("result")
            except json.JSONDecodeError:
                print(f"unreadable line in {path}: {line[:80]}", file=sys.stderr)
                result = None
            if result in ("OK", "EXPECTEDFAIL"):
                counts["passed"] += 1
            elif result == "SKIP":
                counts["skipped"] += 1
            else:
                counts["failed"] += 1
except FileNotFoundError:
    counts["failed"] += 1
    print(f"no test log at {path}", file=sys.stderr)

print(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")
