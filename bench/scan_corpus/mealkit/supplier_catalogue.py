"""Loads supplier catalogue files (YAML) uploaded through the vendor portal.

Example document::

    supplier: GREENFIELDS
    valid_from: 2024-05-06
    items:
      - sku: GF-CARROT-1KG
        unit: kg
        price: 0.84
        lead_days: 2
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import IO

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class CatalogueItem:
    sku: str
    unit: str
    price: Decimal
    lead_days: int


@dataclass
class Catalogue:
    supplier: str
    valid_from: dt.date
    items: list[CatalogueItem]


def load_catalogue(stream: IO[bytes] | IO[str]) -> Catalogue:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict) or "items" not in doc:
        raise ValueError("catalogue must be a mapping with an 'items' list")
    items = [
        CatalogueItem(
            sku=str(entry["sku"]),
            unit=str(entry.get("unit", "each")),
            price=Decimal(str(entry["price"])),
            lead_days=int(entry.get("lead_days", 1)),
        )
        for entry in doc["items"]
    ]
    valid_from = doc.get("valid_from")
    if not isinstance(valid_from, dt.date):
        valid_from = dt.date.fromisoformat(str(valid_from))
    return Catalogue(supplier=str(doc["supplier"]), valid_from=valid_from, items=items)
