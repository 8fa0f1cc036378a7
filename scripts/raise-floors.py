#!/usr/bin/env python3
"""Raise eval/floors.json to the figures of a `parley eval --json` run; never lowers a floor.

    ./parley eval --json /tmp/eval.json && python3 scripts/raise-floors.py /tmp/eval.json

Floors hold, per suite, the figures tests enforce (EvalIT runs `parley eval --floors`).
"""
import json
import sys
from pathlib import Path

FIGURES = ["precision", "recall", "f1", "root_precision", "root_recall", "root_f1",
           "records_correct_share", "root_correct_share"]
EXTRA = {"plover-gsr": ["plover_type_dyad_share", "plover_type_share"]}


def main(measured_path, floors_path):
    measured = json.loads(Path(measured_path).read_text())
    floors_file = Path(floors_path)
    floors = json.loads(floors_file.read_text()) if floors_file.exists() else {}
    changed = []
    for suite, figures in measured.items():
        have = floors.setdefault(suite, {})
        for name in FIGURES + EXTRA.get(suite, []):
            if name not in figures:
                continue
            value = round(float(figures[name]) - 0.00005, 4)  # a hair under: rounding noise
            if value > have.get(name, -1):
                changed.append(f"{suite} {name}: {have.get(name)} -> {value}")
                have[name] = value
    floors_file.write_text(json.dumps(floors, indent=2, sort_keys=False) + "\n")
    print("\n".join(changed) if changed else "no floor raised")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: raise-floors.py EVAL_JSON [FLOORS_JSON (default eval/floors.json)]")
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else "eval/floors.json")
