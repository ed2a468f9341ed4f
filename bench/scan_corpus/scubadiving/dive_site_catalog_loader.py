"""Loads dive-site catalogues that guides maintain as YAML files.

Guides edit the site list (depth range, current, entry point, required
level) in a shared folder or upload it through the back office; the loader
validates it before the booking site shows the sites.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

LEVELS = ("try-dive", "open-water", "advanced", "deep", "tech")


@dataclass
class DiveSite:
    slug: str
    name: str
    min_depth_m: float
    max_depth_m: float
    current: str
    min_level: str
    boat_minutes: int

    def suitable_for(self, level: str) -> bool:
        return LEVELS.index(level) >= LEVELS.index(self.min_level)


class CatalogError(ValueError):
    pass


def parse_catalog(text: str) -> list[DiveSite]:
    data = yaml.safe_load(text) or {}
    sites = []
    for slug, entry in (data.get("sites") or {}).items():
        try:
            site = DiveSite(
                slug=str(slug),
                name=str(entry["name"]),
                min_depth_m=float(entry.get("min_depth_m", 0)),
                max_depth_m=float(entry["max_depth_m"]),
                current=str(entry.get("current", "none")),
                min_level=str(entry.get("min_level", "open-water")),
                boat_minutes=int(entry.get("boat_minutes", 0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CatalogError(f"site {slug!r}: {exc}") from exc
        if site.min_level not in LEVELS:
            raise CatalogError(f"site {slug!r}: unknown level {site.min_level!r}")
        if site.max_depth_m < site.min_depth_m:
            raise CatalogError(f"site {slug!r}: depth range reversed")
        sites.append(site)
    return sites


def load_catalog_file(path: Path) -> list[DiveSite]:
    return parse_catalog(path.read_text(encoding="utf-8"))


def load_uploaded_catalog(upload_bytes: bytes) -> list[DiveSite]:
    if len(upload_bytes) > 512 * 1024:
        raise CatalogError("catalogue file too large")
    return parse_catalog(upload_bytes.decode("utf-8"))
