"""Loads the club's range configuration from YAML.

The range configuration (lanes, opening hours, maximum distances per
lane, booking rules) lives in a YAML file edited by the range captain and
can also be uploaded from the admin page.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Dict, List

import yaml

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class LaneConfig:
    number: int
    max_distance_m: int
    indoor: bool = False


@dataclass
class RangeSettings:
    club_name: str
    lanes: List[LaneConfig] = field(default_factory=list)
    opening_hours: Dict[str, tuple] = field(default_factory=dict)
    max_booking_days_ahead: int = 14
    max_bookings_per_member: int = 3


def _parse_hours(raw: Dict[str, str]) -> Dict[str, tuple]:
    hours = {}
    for day, span in raw.items():
        if day not in WEEKDAYS:
            raise ValueError(f"Unknown weekday {day!r}")
        opens, closes = (time.fromisoformat(part.strip()) for part in span.split("-"))
        if closes <= opens:
            raise ValueError(f"Closing time before opening time on {day}")
        hours[day] = (opens, closes)
    return hours


def parse_settings(text: str) -> RangeSettings:
    document = yaml.safe_load(text) or {}
    if not isinstance(document, dict):
        raise ValueError("Range configuration must be a mapping")
    lanes = [
        LaneConfig(int(l["number"]), int(l["max_distance_m"]), bool(l.get("indoor", False)))
        for l in document.get("lanes", [])
    ]
    if len({l.number for l in lanes}) != len(lanes):
        raise ValueError("Duplicate lane numbers")
    return RangeSettings(
        club_name=str(document["club_name"]),
        lanes=lanes,
        opening_hours=_parse_hours(document.get("opening_hours", {})),
        max_booking_days_ahead=int(document.get("max_booking_days_ahead", 14)),
        max_bookings_per_member=int(document.get("max_bookings_per_member", 3)),
    )


def load_settings(path: Path) -> RangeSettings:
    return parse_settings(path.read_text(encoding="utf-8"))
