"""Loads the fleet configuration file used by the booking engine.

fleet.yaml lists every boat class, its berths, base prices per season and
the bases it may be collected from. It is edited by the office and checked
in alongside the application.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

from canalboat.settings import settings

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class BoatClass:
    code: str
    name: str
    berths: int
    length_ft: int
    bases: tuple[str, ...]
    weekly_price: dict[str, Decimal]


def _read(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader) or {}


def _boat_class(code: str, entry: dict) -> BoatClass:
    return BoatClass(
        code=code,
        name=entry["name"],
        berths=int(entry["berths"]),
        length_ft=int(entry["length_ft"]),
        bases=tuple(entry.get("bases", [])),
        weekly_price={season: Decimal(str(p)) for season, p in entry["weekly_price"].items()},
    )


def load_fleet(path: Path | None = None) -> dict[str, BoatClass]:
    raw = _read(path or Path(settings.FLEET_CONFIG))
    classes = raw.get("boat_classes", {})
    return {code: _boat_class(code, entry) for code, entry in classes.items()}


def classes_at_base(fleet: dict[str, BoatClass], base: str) -> list[BoatClass]:
    return sorted((c for c in fleet.values() if base in c.bases), key=lambda c: c.berths)
