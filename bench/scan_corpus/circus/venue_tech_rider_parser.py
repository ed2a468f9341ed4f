"""Reads technical riders returned by venues as XML.

Venues fill in their grid height, floor loading and power distribution;
the production manager compares them with the big-top requirements.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

RIDER_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)

REQUIREMENTS = {"grid_height_m": 14.0, "floor_load_kn_m2": 5.0, "power_kva": 250.0}


@dataclass
class TechRider:
    venue: str
    grid_height_m: float
    floor_load_kn_m2: float
    power_kva: float
    forklift: bool


def parse_rider(xml_bytes: bytes) -> TechRider:
    root = etree.fromstring(xml_bytes, parser=RIDER_PARSER)

    def num(path: str) -> float:
        value = root.findtext(path)
        return float(value) if value else 0.0

    return TechRider(
        venue=root.findtext("venue") or "unknown",
        grid_height_m=num("stage/gridHeight"),
        floor_load_kn_m2=num("stage/floorLoad"),
        power_kva=num("power/totalKva"),
        forklift=(root.findtext("equipment/forklift") or "").lower() == "yes",
    )


def shortfalls(rider: TechRider) -> list[str]:
    gaps = []
    for attr, needed in REQUIREMENTS.items():
        have = getattr(rider, attr)
        if have < needed:
            gaps.append(f"{attr}: venue {have} < required {needed}")
    if not rider.forklift:
        gaps.append("no forklift on site")
    return gaps
