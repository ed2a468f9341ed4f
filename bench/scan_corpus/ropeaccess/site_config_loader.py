"""Loads per-site configuration uploaded with a new contract.

The contracts team uploads a YAML file per site describing anchor layout,
access windows, permit contacts and the nearest A&E for the rescue plan.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

import yaml


class SiteConfigError(ValueError):
    pass


@dataclass
class AccessWindow:
    weekday: str
    start: time
    end: time


@dataclass
class SiteConfig:
    site_code: str
    name: str
    max_wind_ms: float
    nearest_hospital: str
    permit_contacts: list[str] = field(default_factory=list)
    access_windows: list[AccessWindow] = field(default_factory=list)


def _parse_window(raw: dict) -> AccessWindow:
    return AccessWindow(
        weekday=str(raw["day"]).lower(),
        start=time.fromisoformat(str(raw["from"])),
        end=time.fromisoformat(str(raw["to"])),
    )


def parse_site_config(text: str) -> SiteConfig:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise SiteConfigError("site config must be a mapping")
    try:
        return SiteConfig(
            site_code=str(data["site_code"]).upper(),
            name=str(data["name"]),
            max_wind_ms=float(data.get("max_wind_ms", 12.0)),
            nearest_hospital=str(data["nearest_hospital"]),
            permit_contacts=[str(c) for c in data.get("permit_contacts", [])],
            access_windows=[_parse_window(w) for w in data.get("access_windows", [])],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SiteConfigError(f"invalid site config: {exc}") from exc


def load_site_config(path: Path) -> SiteConfig:
    return parse_site_config(path.read_text(encoding="utf-8"))
