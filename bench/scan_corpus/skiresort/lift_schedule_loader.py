"""Load lift operating schedules from YAML files uploaded by lift operations.

    python -m lifts.schedule_loader uploads/week-07.yaml
"""
import argparse
import sys
from dataclasses import dataclass
from datetime import time
from pathlib import Path

import yaml

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class Window:
    lift_code: str
    opens: time
    closes: time
    days: tuple[str, ...]


def _to_time(value) -> time:
    text = str(value)
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def parse_schedule(text: str) -> list[Window]:
    document = yaml.safe_load(text) or {}
    windows = []
    for entry in document.get("lifts", []):
        days = tuple(d for d in entry.get("days", WEEKDAYS) if d in WEEKDAYS)
        windows.append(Window(entry["code"], _to_time(entry["open"]), _to_time(entry["close"]), days))
    return windows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Validate a lift schedule file")
    parser.add_argument("schedule", type=Path)
    args = parser.parse_args(argv)
    try:
        windows = parse_schedule(args.schedule.read_text(encoding="utf-8"))
    except (yaml.YAMLError, KeyError, ValueError) as exc:
        print(f"{args.schedule}: {exc}", file=sys.stderr)
        return 1
    for w in windows:
        print(f"{w.lift_code:6} {w.opens:%H:%M}-{w.closes:%H:%M} {','.join(w.days)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
