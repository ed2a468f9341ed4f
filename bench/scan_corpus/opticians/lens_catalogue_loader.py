"""Loads the lens catalogue supplied by the lab as YAML.

The catalogue lists lens designs, indices, coatings and the wholesale price
for each combination; we refresh our price table from it every quarter.
"""
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml as _yaml


@dataclass(frozen=True)
class LensOption:
    design: str
    index: Decimal
    coating: str
    price: Decimal


def _read(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        doc = _yaml.load(fh, Loader=_yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise ValueError(f"{path.name}: expected a mapping at top level")
    return doc


def load_catalogue(path: Path) -> list[LensOption]:
    doc = _read(path)
    options = []
    for design in doc.get("designs", []):
        for variant in design.get("variants", []):
            options.append(LensOption(
                design=design["name"],
                index=Decimal(str(variant["index"])),
                coating=variant.get("coating", "uncoated"),
                price=Decimal(str(variant["price"])),
            ))
    return options


def refresh_prices(price_repo, path: Path) -> int:
    options = load_catalogue(path)
    for opt in options:
        price_repo.upsert(opt.design, opt.index, opt.coating, opt.price)
    return len(options)
