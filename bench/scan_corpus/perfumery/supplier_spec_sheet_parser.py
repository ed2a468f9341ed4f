"""Parses technical specification sheets uploaded by essential-oil suppliers."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from defusedxml import ElementTree as ET

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


@dataclass
class SpecRange:
    name: str
    minimum: float | None
    maximum: float | None
    unit: str


@dataclass
class SpecSheet:
    product_name: str
    botanical_origin: str
    cas_numbers: list[str] = field(default_factory=list)
    ranges: list[SpecRange] = field(default_factory=list)
    allergens: dict[str, float] = field(default_factory=dict)


def _float(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


def parse_spec_sheet(payload: bytes) -> SpecSheet:
    if len(payload) > MAX_UPLOAD_BYTES:
        raise ValueError("specification sheet too large")
    root = ET.fromstring(payload)
    sheet = SpecSheet(
        product_name=root.findtext("Product/Name", "").strip(),
        botanical_origin=root.findtext("Product/Origin", "").strip(),
        cas_numbers=[c.text.strip() for c in root.iterfind("Product/CAS") if c.text],
    )
    for rng in root.iterfind("Specifications/Range"):
        sheet.ranges.append(
            SpecRange(
                name=rng.get("name", ""),
                minimum=_float(rng.findtext("Min")),
                maximum=_float(rng.findtext("Max")),
                unit=rng.get("unit", ""),
            )
        )
    for allergen in root.iterfind("Allergens/Allergen"):
        sheet.allergens[allergen.get("inci", "")] = float(allergen.get("pct", "0"))
    return sheet


def out_of_range(sheet: SpecSheet, measured: dict[str, float]) -> Iterable[str]:
    for rng in sheet.ranges:
        value = measured.get(rng.name)
        if value is None:
            continue
        if (rng.minimum is not None and value < rng.minimum) or (
            rng.maximum is not None and value > rng.maximum
        ):
            yield rng.name
