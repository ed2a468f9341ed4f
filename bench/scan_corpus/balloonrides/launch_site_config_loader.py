"""Loads launch-site definitions (coordinates, landowner contacts, wind limits) from YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import yaml


@dataclass
class LaunchSite:
    code: str
    name: str
    lat: float
    lon: float
    max_surface_wind_kt: int = 8
    preferred_wind_dirs: List[int] = field(default_factory=list)
    landowner_phone: str = ""

    def accepts_wind_from(self, direction_deg: int, tolerance: int = 30) -> bool:
        if not self.preferred_wind_dirs:
            return True
        return any(abs((direction_deg - d + 180) % 360 - 180) <= tolerance
                   for d in self.preferred_wind_dirs)


class LaunchSiteCatalog:
    """Reads the sites file the office maintains and exposes lookups."""

    def __init__(self, sites: Dict[str, LaunchSite]) -> None:
        self.sites = sites

    @staticmethod
    def _parse(text: str) -> List[dict]:
        document = yaml.safe_load(text) or {}
        return document.get("sites", [])

    @classmethod
    def from_file(cls, path: Path) -> "LaunchSiteCatalog":
        rows = cls._parse(path.read_text(encoding="utf-8"))
        return cls({row["code"]: LaunchSite(**row) for row in rows})

    def usable(self, wind_dir_deg: int, wind_kt: int) -> List[LaunchSite]:
        return [
            s for s in self.sites.values()
            if wind_kt <= s.max_surface_wind_kt and s.accepts_wind_from(wind_dir_deg)
        ]
