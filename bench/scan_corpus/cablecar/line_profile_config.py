"""Loads per-line operating profiles (speeds, wind limits, tower list) from YAML files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


@dataclass
class WindLimits:
    slow_kmh: float
    hold_kmh: float
    stop_kmh: float

    def __post_init__(self) -> None:
        if not self.slow_kmh < self.hold_kmh <= self.stop_kmh:
            raise ValueError("wind limits must increase: slow < hold <= stop")


@dataclass
class LineProfile:
    code: str
    name: str
    max_speed_mps: float
    cabins: int
    wind: WindLimits
    towers: list[int] = field(default_factory=list)
    night_mode: bool = False


def _profile(code: str, raw: dict[str, Any]) -> LineProfile:
    return LineProfile(
        code=code,
        name=str(raw["name"]),
        max_speed_mps=float(raw["max_speed_mps"]),
        cabins=int(raw["cabins"]),
        wind=WindLimits(**{k: float(v) for k, v in raw["wind"].items()}),
        towers=[int(t) for t in raw.get("towers", [])],
        night_mode=bool(raw.get("night_mode", False)),
    )


def load_profiles(path: Path) -> dict[str, LineProfile]:
    with path.open("r", encoding="utf-8") as fh:
        document = yaml.safe_load(fh) or {}
    lines = document.get("lines", {})
    if not isinstance(lines, dict):
        raise ValueError("'lines' must be a mapping of line code to profile")
    return {code: _profile(code, raw) for code, raw in lines.items()}


def load_directory(directory: Path) -> dict[str, LineProfile]:
    profiles: dict[str, LineProfile] = {}
    for file in sorted(directory.glob("*.y*ml")):
        for code, profile in load_profiles(file).items():
            if code in profiles:
                raise ValueError(f"line {code} defined twice (second in {file.name})")
            profiles[code] = profile
    return profiles
