"""Loads the underground shift roster YAML published by the mine planning office."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, Callable, Dict, List

import yaml


@dataclass
class CrewAssignment:
    badge_no: str
    name: str
    role: str
    panel: str


@dataclass
class Shift:
    label: str
    starts: time
    ends: time
    crew: List[CrewAssignment] = field(default_factory=list)


class RosterLoader:
    def __init__(self, parse: Callable[[str], Any] = yaml.safe_load) -> None:
        self._parse = parse

    def load(self, path: Path) -> Dict[date, List[Shift]]:
        doc = self._parse(path.read_text(encoding="utf-8")) or {}
        roster: Dict[date, List[Shift]] = {}
        for day, shifts in doc.get("days", {}).items():
            day_key = day if isinstance(day, date) else date.fromisoformat(str(day))
            roster[day_key] = [self._shift(s) for s in shifts]
        return roster

    @staticmethod
    def _shift(raw: Dict[str, Any]) -> Shift:
        start_h, start_m = map(int, str(raw["start"]).split(":"))
        end_h, end_m = map(int, str(raw["end"]).split(":"))
        crew = [CrewAssignment(str(c["badge"]), c["name"], c["role"], c.get("panel", "-"))
                for c in raw.get("crew", [])]
        return Shift(raw["label"], time(start_h, start_m), time(end_h, end_m), crew)


def badges_on_shift(roster: Dict[date, List[Shift]], day: date, label: str) -> List[str]:
    for shift in roster.get(day, []):
        if shift.label == label:
            return [c.badge_no for c in shift.crew]
    return []


if __name__ == "__main__":
    r = RosterLoader().load(Path("/srv/planning/roster_w45.yaml"))
    print(badges_on_shift(r, date(2024, 11, 4), "nights"))
