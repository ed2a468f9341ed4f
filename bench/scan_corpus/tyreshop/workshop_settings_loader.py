"""Loads per-shop workshop settings for the job card service.

Each shop has a YAML file maintained by the area manager with opening
hours, lift count, labour rates and which services the booking widget may
offer. Files live in the shop-config repository and are synced to servers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml


@dataclass
class LabourRates:
    standard: Decimal
    alignment: Decimal
    tyre_fitting_per_wheel: Decimal


@dataclass
class ShopSettings:
    shop_code: str
    name: str
    lifts: int
    alignment_bays: int
    rates: LabourRates
    opening_hours: dict[str, tuple[str, str]] = field(default_factory=dict)
    bookable_services: list[str] = field(default_factory=list)


def _rates(raw: dict) -> LabourRates:
    return LabourRates(
        standard=Decimal(str(raw["standard"])),
        alignment=Decimal(str(raw["alignment"])),
        tyre_fitting_per_wheel=Decimal(str(raw["tyre_fitting_per_wheel"])),
    )


def load_shop_settings(path: Path) -> ShopSettings:
    with path.open("r", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    if not isinstance(raw, dict):
        raise ValueError(f"{path} does not contain a mapping")
    hours = {
        day: (span["open"], span["close"])
        for day, span in (raw.get("opening_hours") or {}).items()
    }
    return ShopSettings(
        shop_code=raw["shop_code"],
        name=raw["name"],
        lifts=int(raw.get("lifts", 2)),
        alignment_bays=int(raw.get("alignment_bays", 0)),
        rates=_rates(raw["labour_rates"]),
        opening_hours=hours,
        bookable_services=list(raw.get("bookable_services", [])),
    )


def load_all(config_dir: Path) -> dict[str, ShopSettings]:
    settings = {}
    for path in sorted(config_dir.glob("*.yaml")):
        shop = load_shop_settings(path)
        settings[shop.shop_code] = shop
    return settings
