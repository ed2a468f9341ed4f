"""Loads dial specifications that architects upload with a commission enquiry."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

SUPPORTED_TYPES = {"horizontal", "vertical", "equatorial", "armillary", "analemmatic"}


class SpecError(ValueError):
    pass


@dataclass
class GnomonSpec:
    style_height_mm: float
    material: str = "bronze"


@dataclass
class DialSpecification:
    name: str
    dial_type: str
    latitude: float
    longitude: float
    declination_deg: float = 0.0
    motto: str = ""
    gnomon: GnomonSpec = field(default_factory=lambda: GnomonSpec(style_height_mm=120.0))


def _require(data: dict, key: str):
    if key not in data:
        raise SpecError(f"missing field {key!r}")
    return data[key]


def load_spec(text: str) -> DialSpecification:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise SpecError("specification must be a mapping")
    dial_type = str(_require(data, "type")).lower()
    if dial_type not in SUPPORTED_TYPES:
        raise SpecError(f"unsupported dial type {dial_type!r}")
    latitude = float(_require(data, "latitude"))
    if not -90.0 <= latitude <= 90.0:
        raise SpecError("latitude out of range")
    gnomon = data.get("gnomon") or {}
    return DialSpecification(
        name=str(_require(data, "name")),
        dial_type=dial_type,
        latitude=latitude,
        longitude=float(_require(data, "longitude")),
        declination_deg=float(data.get("declination", 0.0)),
        motto=str(data.get("motto", ""))[:120],
        gnomon=GnomonSpec(
            style_height_mm=float(gnomon.get("style_height_mm", 120.0)),
            material=str(gnomon.get("material", "bronze")),
        ),
    )


def load_spec_file(path: Path) -> DialSpecification:
    spec = load_spec(path.read_text(encoding="utf-8"))
    log.info("loaded %s spec %r for latitude %.4f", spec.dial_type, spec.name, spec.latitude)
    return spec
