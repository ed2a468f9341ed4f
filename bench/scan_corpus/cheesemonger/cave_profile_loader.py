"""Loads per-cave climate targets (temperature, humidity, airflow) from YAML profiles."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PROFILE_DIR = Path("/etc/cellar/caves")


@dataclass(frozen=True)
class ClimateBand:
    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class CaveProfile:
    name: str
    cheese_styles: tuple[str, ...]
    temperature_c: ClimateBand
    humidity_pct: ClimateBand
    fan_minutes_per_hour: int


class ProfileError(ValueError):
    pass


def _band(raw: Any, label: str) -> ClimateBand:
    try:
        low, high = float(raw["low"]), float(raw["high"])
    except (TypeError, KeyError, ValueError) as exc:
        raise ProfileError(f"{label}: expected low/high numbers") from exc
    if low > high:
        raise ProfileError(f"{label}: low above high")
    return ClimateBand(low, high)


def parse_profile(text: str) -> CaveProfile:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ProfileError("profile must be a mapping")
    return CaveProfile(
        name=str(doc["name"]),
        cheese_styles=tuple(doc.get("styles", [])),
        temperature_c=_band(doc.get("temperature"), "temperature"),
        humidity_pct=_band(doc.get("humidity"), "humidity"),
        fan_minutes_per_hour=int(doc.get("fan_minutes_per_hour", 10)),
    )


def load_all(directory: Path = PROFILE_DIR) -> dict[str, CaveProfile]:
    profiles = {}
    for path in sorted(directory.glob("*.y*ml")):
        profile = parse_profile(path.read_text(encoding="utf-8"))
        profiles[profile.name] = profile
    return profiles
