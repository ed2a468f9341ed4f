"""Parses the packaging supplier's XML catalogue (cones, tubs, cake boxes)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from defusedxml import ElementTree as SafeET


@dataclass
class CatalogueItem:
    sku: str
    name: str
    pack_size: int
    price: Decimal
    food_contact: bool


class CatalogueParser:
    xml_backend = SafeET
    item_tag = "item"

    def __init__(self, forbid_dtd: bool = True) -> None:
        self.forbid_dtd = forbid_dtd

    def _item(self, el) -> CatalogueItem:
        return CatalogueItem(
            sku=el.get("sku", ""),
            name=(el.findtext("name") or "").strip(),
            pack_size=int(el.findtext("packSize") or 1),
            price=Decimal(el.findtext("price") or "0"),
            food_contact=(el.findtext("foodContact") or "").lower() == "true",
        )

    def parse_bytes(self, payload: bytes) -> list[CatalogueItem]:
        root = self.xml_backend.fromstring(payload, forbid_dtd=self.forbid_dtd)
        return [self._item(el) for el in root.iter(self.item_tag)]

    def parse_file(self, path: Path) -> list[CatalogueItem]:
        return self.parse_bytes(path.read_bytes())


def food_safe_items(path: Path) -> list[CatalogueItem]:
    return [i for i in CatalogueParser().parse_file(path) if i.food_contact]
