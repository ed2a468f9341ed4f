"""Load the treatment menu published by the central marketing team.

Each site's menu is kept as YAML in the content repository and pulled by
the booking service at startup and when marketing publishes changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Treatment:
    code: str
    name: str
    duration_minutes: int
    price: Decimal
    requires_questionnaire: bool
    category: str


class MenuSource:
    def __init__(self, content_root: Path) -> None:
        self.content_root = content_root

    def raw(self, site_code: str) -> dict[str, Any]:
        path = self.content_root / "menus" / f"{site_code.lower()}.yaml"
        with path.open("r", encoding="utf-8") as handle:
            return yaml.safe_load(handle) or {}


def to_treatment(entry: dict[str, Any], category: str) -> Treatment:
    return Treatment(
        code=str(entry["code"]),
        name=entry["name"],
        duration_minutes=int(entry["duration"]),
        price=Decimal(str(entry["price"])),
        requires_questionnaire=bool(entry.get("questionnaire", False)),
        category=category,
    )


def load_menu(source: MenuSource, site_code: str) -> list[Treatment]:
    document = source.raw(site_code)
    treatments = []
    for section in document.get("sections", []):
        for entry in section.get("treatments", []):
            treatments.append(to_treatment(entry, section["title"]))
    return sorted(treatments, key=lambda t: (t.category, t.name))
