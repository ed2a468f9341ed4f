"""Loads the gear inventory that staff maintain as YAML in the ops repository.

Each entry describes a harness, lanyard or trolley with its serial number,
purchase date and the course it is assigned to.
"""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

GEAR_TYPES = {"harness", "lanyard", "trolley", "helmet", "carabiner"}
SIZES = {"XS", "S", "M", "L", "XL", None}


@dataclass
class GearItem:
    serial: str
    gear_type: str
    model: str
    purchased: date
    course: str
    size: str | None = None

    def age_years(self, today: date | None = None) -> float:
        return ((today or date.today()) - self.purchased).days / 365.25


class InventoryError(ValueError):
    pass


def parse_inventory(text: str) -> list[GearItem]:
    document = yaml.safe_load(text) or {}
    items = []
    for idx, entry in enumerate(document.get("gear", [])):
        if entry.get("type") not in GEAR_TYPES:
            raise InventoryError(f"entry {idx}: unknown type {entry.get('type')!r}")
        if entry.get("size") not in SIZES:
            raise InventoryError(f"entry {idx}: unknown size {entry.get('size')!r}")
        purchased = entry["purchased"]
        if not isinstance(purchased, date):
            purchased = date.fromisoformat(str(purchased))
        items.append(
            GearItem(
                serial=str(entry["serial"]),
                gear_type=entry["type"],
                model=str(entry["model"]),
                purchased=purchased,
                course=str(entry["course"]),
                size=entry.get("size"),
            )
        )
    return items


def load_inventory(path: Path) -> list[GearItem]:
    return parse_inventory(path.read_text(encoding="utf-8"))


def due_for_retirement(items: list[GearItem], max_age_years: float = 10.0) -> list[GearItem]:
    return [item for item in items if item.age_years() >= max_age_years]
