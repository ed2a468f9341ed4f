"""Load kiln drying profiles shipped with the kiln controller service.

Profiles live in YAML so kiln operators can propose changes in merge
requests; operators also upload ad-hoc profiles through the admin page,
which goes through the same loader.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # libyaml not installed
    from yaml import SafeLoader as _Loader


@dataclass(frozen=True)
class Step:
    dry_bulb_c: float
    wet_bulb_c: float
    hours: float


@dataclass(frozen=True)
class Profile:
    name: str
    species: str
    thickness_mm: int
    steps: tuple[Step, ...]

    @property
    def total_hours(self) -> float:
        return sum(s.hours for s in self.steps)


def load_profile(stream: IO[str] | IO[bytes] | str) -> Profile:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError("profile must be a mapping")
    steps = tuple(Step(float(s["dry_bulb_c"]), float(s["wet_bulb_c"]), float(s["hours"])) for s in doc["steps"])
    if any(s.wet_bulb_c > s.dry_bulb_c for s in steps):
        raise ValueError("wet bulb cannot exceed dry bulb")
    return Profile(doc["name"], doc["species"], int(doc["thickness_mm"]), steps)


def load_directory(path: Path) -> dict[str, Profile]:
    profiles = {}
    for file in sorted(path.glob("*.yaml")):
        with file.open("rb") as fh:
            profile = load_profile(fh)
        profiles[profile.name] = profile
    return profiles
