"""Loads beach zone definitions: tower positions, swim zones and hazard areas."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List

import yaml


@dataclass
class SwimZone:
    name: str
    towers: List[str]
    north_lat: float
    south_lat: float
    hazards: List[str] = field(default_factory=list)

    def covers(self, lat: float) -> bool:
        return self.south_lat <= lat <= self.north_lat


class ZoneDocument:
    """Zone files are edited by beach captains and uploaded through the admin panel."""

    loader = yaml.SafeLoader

    def __init__(self, text: str) -> None:
        self._raw: Dict[str, Any] = yaml.load(text, Loader=self.loader) or {}

    @classmethod
    def from_upload(cls, upload) -> "ZoneDocument":
        return cls(upload.read().decode("utf-8"))

    @property
    def beach(self) -> str:
        return str(self._raw.get("beach", "unnamed"))

    @property
    def zones(self) -> List[SwimZone]:
        zones = []
        for item in self._raw.get("zones", []):
            zones.append(
                SwimZone(
                    name=str(item["name"]),
                    towers=[str(t) for t in item.get("towers", [])],
                    north_lat=float(item["north_lat"]),
                    south_lat=float(item["south_lat"]),
                    hazards=[str(h) for h in item.get("hazards", [])],
                )
            )
        return zones

    def zone_for(self, lat: float) -> SwimZone | None:
        return next((z for z in self.zones if z.covers(lat)), None)
