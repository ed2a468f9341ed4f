"""Loads fare-zone settings from the legacy INI file still exported by the tariff system.

Values were written with Python repr, e.g. ``zones = (1, 2, 3)`` or
``peak_hours = [(7, 9), (16, 19)]``.
"""
from __future__ import annotations

import ast
import configparser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Tuple


@dataclass
class ZoneSettings:
    zone_id: str
    neighbours: Tuple[int, ...] = ()
    peak_hours: List[Tuple[int, int]] = field(default_factory=list)
    base_fare_cents: int = 0
    day_cap_cents: int = 0


def _literal(raw: str) -> Any:
    try:
        return ast.literal_eval(raw.strip())
    except (ValueError, SyntaxError):
        return raw.strip()


def load_zone_settings(path: Path) -> Dict[str, ZoneSettings]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    zones: Dict[str, ZoneSettings] = {}
    for section in parser.sections():
        if not section.startswith("zone:"):
            continue
        values = {k: _literal(v) for k, v in parser.items(section)}
        zones[section[5:]] = ZoneSettings(
            zone_id=section[5:],
            neighbours=tuple(values.get("neighbours", ())),
            peak_hours=list(values.get("peak_hours", [])),
            base_fare_cents=int(values.get("base_fare_cents", 0)),
            day_cap_cents=int(values.get("day_cap_cents", 0)),
        )
    return zones


def is_peak(settings: ZoneSettings, hour: int) -> bool:
    return any(start <= hour < end for start, end in settings.peak_hours)
