"""Load the seasonal lesson timetable that the surf school manager edits in YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Dict, List

import yaml

DEFAULT_PATH = Path("/etc/saltline/lesson_schedule.yaml")


@dataclass
class LessonSlot:
    name: str
    start: time
    minutes: int
    level: str
    capacity: int


@dataclass
class Timetable:
    season: str
    beaches: Dict[str, List[LessonSlot]] = field(default_factory=dict)

    def slots_for(self, beach: str) -> List[LessonSlot]:
        return self.beaches.get(beach, [])


def _slot(entry: dict) -> LessonSlot:
    hh, mm = str(entry["start"]).split(":")
    level = entry.get("level", "beginner")
    if level not in {"beginner", "intermediate", "advanced", "grom"}:
        raise ValueError(f"unknown level {level!r} in slot {entry.get('name')}")
    return LessonSlot(entry["name"], time(int(hh), int(mm)), int(entry.get("minutes", 90)),
                      level, int(entry.get("capacity", 8)))


def load_timetable(path: Path = DEFAULT_PATH) -> Timetable:
    with path.open("r", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    table = Timetable(season=str(raw.get("season", "unknown")))
    for beach, slots in (raw.get("beaches") or {}).items():
        table.beaches[beach] = [_slot(s) for s in slots]
    return table


if __name__ == "__main__":
    tt = load_timetable()
    for beach in tt.beaches:
        print(beach, [s.name for s in tt.slots_for(beach)])
