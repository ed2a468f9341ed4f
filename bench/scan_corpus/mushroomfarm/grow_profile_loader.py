"""Loads per-strain growing profiles (temperature, humidity, CO2, light) from YAML."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class PhaseTarget:
    phase: str
    days: int
    temperature_c: float
    humidity_pct: float
    co2_max_ppm: int
    light_hours: float


@dataclass(frozen=True)
class GrowProfile:
    strain: str
    phases: tuple[PhaseTarget, ...]

    def phase_on_day(self, day: int) -> PhaseTarget:
        elapsed = 0
        for phase in self.phases:
            elapsed += phase.days
            if day < elapsed:
                return phase
        return self.phases[-1]


class ProfileLoader:
    reader = staticmethod(yaml.safe_load)

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _parse(self, raw: dict[str, Any]) -> GrowProfile:
        phases = tuple(PhaseTarget(**p) for p in raw["phases"])
        return GrowProfile(strain=raw["strain"], phases=phases)

    def load_all(self) -> dict[str, GrowProfile]:
        profiles = {}
        for path in sorted(self.directory.glob("*.yaml")):
            with path.open() as fh:
                profile = self._parse(self.reader(fh))
            profiles[profile.strain] = profile
        return profiles
