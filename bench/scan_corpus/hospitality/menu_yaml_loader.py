"""Load menu definitions that venue chefs upload as YAML through the back office.

A file looks like::

    menu: Autumn dinner
    sections:
      - name: Starters
        items:
          - {plu: "1001", name: "Burrata", price: 9.50, allergens: [milk]}
"""
from __future__ import annotations

from decimal import Decimal
from typing import IO

import yaml

KNOWN_ALLERGENS = {
    "celery", "gluten", "crustaceans", "eggs", "fish", "lupin", "milk",
    "molluscs", "mustard", "nuts", "peanuts", "sesame", "soya", "sulphites",
}


class MenuFormatError(ValueError):
    pass


def load_menu(stream: IO[str]) -> dict:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or "sections" not in doc:
        raise MenuFormatError("top level must be a mapping with a 'sections' key")
    sections = []
    for section in doc["sections"]:
        items = []
        for item in section.get("items", []):
            allergens = set(item.get("allergens", []))
            unknown = allergens - KNOWN_ALLERGENS
            if unknown:
                raise MenuFormatError(f"{item.get('name')}: unknown allergens {sorted(unknown)}")
            items.append(
                {
                    "plu": str(item["plu"]),
                    "name": str(item["name"]),
                    "price": Decimal(str(item["price"])).quantize(Decimal("0.01")),
                    "allergens": sorted(allergens),
                }
            )
        sections.append({"name": str(section["name"]), "items": items})
    return {"menu": str(doc.get("menu", "Untitled")), "sections": sections}
