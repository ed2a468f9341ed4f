"""Load per-park profile files (facilities, opening dates, gate times, hookup amperage) from YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

import yaml


@dataclass
class GateTimes:
    opens: time
    closes: time


@dataclass
class ParkProfile:
    code: str
    name: str
    season_opens: date
    season_closes: date
    gate: GateTimes
    hookup_amps: int = 16
    facilities: list[str] = field(default_factory=list)


def _as_time(value: str | int) -> time:
    if isinstance(value, int):
        return time(value // 60, value % 60)
    hours, minutes = str(value).split(":")
    return time(int(hours), int(minutes))


def parse_profile(text: str) -> ParkProfile:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("park profile must be a mapping")
    gate = doc.get("gate", {})
    return ParkProfile(
        code=str(doc["code"]).lower(),
        name=str(doc["name"]),
        season_opens=doc["season"]["opens"],
        season_closes=doc["season"]["closes"],
        gate=GateTimes(_as_time(gate.get("opens", "07:00")), _as_time(gate.get("closes", "22:30"))),
        hookup_amps=int(doc.get("hookup_amps", 16)),
        facilities=[str(f) for f in doc.get("facilities", [])],
    )


def load_profiles(directory: Path) -> dict[str, ParkProfile]:
    profiles: dict[str, ParkProfile] = {}
    for path in sorted(directory.glob("*.yaml")):
        profile = parse_profile(path.read_text(encoding="utf-8"))
        profiles[profile.code] = profile
    return profiles
