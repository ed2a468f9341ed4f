"""Loads per-site configuration (opening hours, zones, door groups) from YAML.

Site managers edit these files in the ops repository; they are read at startup
by the booking service and validated before use.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

import yaml

CONFIG_DIR = Path(__file__).resolve().parent / "sites"


@dataclass
class Zone:
    code: str
    name: str
    desks: int
    door_group: str


@dataclass
class SiteConfig:
    code: str
    timezone: str
    opens: time
    closes: time
    zones: list[Zone] = field(default_factory=list)

    @property
    def total_desks(self) -> int:
        return sum(zone.desks for zone in self.zones)


def _parse_time(value: str) -> time:
    hours, minutes = (int(part) for part in str(value).split(":", 1))
    return time(hours, minutes)


def parse_site(document: str) -> SiteConfig:
    data = yaml.safe_load(document) or {}
    if not isinstance(data, dict) or "code" not in data:
        raise ValueError("site config must be a mapping with a code")
    zones = [
        Zone(code=z["code"], name=z.get("name", z["code"]), desks=int(z["desks"]), door_group=z["door_group"])
        for z in data.get("zones", [])
    ]
    return SiteConfig(
        code=data["code"],
        timezone=data.get("timezone", "UTC"),
        opens=_parse_time(data.get("opens", "07:00")),
        closes=_parse_time(data.get("closes", "22:00")),
        zones=zones,
    )


def load_all(directory: Path = CONFIG_DIR) -> dict[str, SiteConfig]:
    sites: dict[str, SiteConfig] = {}
    for path in sorted(directory.glob("*.yaml")):
        site = parse_site(path.read_text(encoding="utf-8"))
        sites[site.code] = site
    return sites
