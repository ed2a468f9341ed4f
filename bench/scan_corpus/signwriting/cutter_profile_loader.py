"""Load cutter material profiles (blade, force, speed) uploaded by operators.

Operators export profiles from the cutter's desktop software as YAML and
upload them through the admin page so every cutter uses the same settings.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO

import yaml

REQUIRED_KEYS = {"material", "blade_offset_mm", "force_g", "speed_cm_s"}


@dataclass(frozen=True)
class CutterProfile:
    material: str
    blade_offset_mm: float
    force_g: int
    speed_cm_s: int
    passes: int = 1
    overcut_mm: float = 0.0

    def validate(self) -> None:
        if not 10 <= self.force_g <= 600:
            raise ValueError(f"{self.material}: force out of range")
        if not 1 <= self.speed_cm_s <= 100:
            raise ValueError(f"{self.material}: speed out of range")
        if not 1 <= self.passes <= 5:
            raise ValueError(f"{self.material}: passes out of range")


def parse_profiles(stream: IO[str]) -> list[CutterProfile]:
    document = yaml.safe_load(stream) or {}
    entries = document.get("profiles", [])
    if not isinstance(entries, list):
        raise ValueError("'profiles' must be a list")
    profiles = []
    for entry in entries:
        missing = REQUIRED_KEYS - set(entry)
        if missing:
            raise ValueError(f"profile missing keys: {', '.join(sorted(missing))}")
        profile = CutterProfile(
            material=str(entry["material"]),
            blade_offset_mm=float(entry["blade_offset_mm"]),
            force_g=int(entry["force_g"]),
            speed_cm_s=int(entry["speed_cm_s"]),
            passes=int(entry.get("passes", 1)),
            overcut_mm=float(entry.get("overcut_mm", 0.0)),
        )
        profile.validate()
        profiles.append(profile)
    return profiles


def profiles_by_material(stream: IO[str]) -> dict[str, CutterProfile]:
    return {p.material.lower(): p for p in parse_profiles(stream)}
