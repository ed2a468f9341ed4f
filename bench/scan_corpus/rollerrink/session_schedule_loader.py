"""Loads the weekly skating session schedule maintained by the operations team.

The schedule lives in a YAML file in the ops repository and is uploaded via
the admin page; it defines sessions, age bands, prices and DJ themes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path

import yaml

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class SkateSession:
    day: str
    name: str
    starts: time
    ends: time
    capacity: int
    price_pence: int
    min_age: int = 0
    theme: str | None = None


class ScheduleError(ValueError):
    pass


def _parse_time(value: str) -> time:
    hours, minutes = str(value).split(":")
    return time(int(hours), int(minutes))


def parse_schedule(text: str) -> list[SkateSession]:
    document = yaml.safe_load(text) or {}
    if not isinstance(document, dict) or "sessions" not in document:
        raise ScheduleError("schedule must have a top-level 'sessions' list")
    sessions = []
    for entry in document["sessions"]:
        day = str(entry["day"]).lower()[:3]
        if day not in DAYS:
            raise ScheduleError(f"unknown day {entry['day']!r}")
        session = SkateSession(
            day=day,
            name=str(entry["name"]),
            starts=_parse_time(entry["starts"]),
            ends=_parse_time(entry["ends"]),
            capacity=int(entry.get("capacity", 300)),
            price_pence=int(round(float(entry["price"]) * 100)),
            min_age=int(entry.get("min_age", 0)),
            theme=entry.get("theme"),
        )
        if session.ends <= session.starts:
            raise ScheduleError(f"{session.name} ends before it starts")
        sessions.append(session)
    return sorted(sessions, key=lambda s: (DAYS.index(s.day), s.starts))


def load_schedule(path: Path) -> list[SkateSession]:
    return parse_schedule(path.read_text(encoding="utf-8"))
