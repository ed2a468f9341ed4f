"""Loads courier route profiles with temperature limits for each organ type."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONFIG = Path("/etc/organbank/cold_chain_routes.yaml")


@dataclass(frozen=True)
class TemperatureBand:
    min_c: float
    max_c: float

    def contains(self, reading: float) -> bool:
        return self.min_c <= reading <= self.max_c


@dataclass
class RouteProfile:
    name: str
    organ: str
    max_transit_minutes: int
    band: TemperatureBand
    checkpoints: list[str] = field(default_factory=list)


def _profile(name: str, raw: dict[str, Any]) -> RouteProfile:
    band = raw.get("temperature", {})
    return RouteProfile(
        name=name,
        organ=raw["organ"],
        max_transit_minutes=int(raw["max_transit_minutes"]),
        band=TemperatureBand(float(band.get("min", 2.0)), float(band.get("max", 8.0))),
        checkpoints=[str(c) for c in raw.get("checkpoints", [])],
    )


def load_route_profiles(path: Path = DEFAULT_CONFIG) -> dict[str, RouteProfile]:
    with path.open("r", encoding="utf-8") as handle:
        document = yaml.safe_load(handle) or {}
    routes = document.get("routes", {})
    return {name: _profile(name, raw) for name, raw in routes.items()}


def breaches(profile: RouteProfile, readings: list[float]) -> list[int]:
    return [i for i, value in enumerate(readings) if not profile.band.contains(value)]
