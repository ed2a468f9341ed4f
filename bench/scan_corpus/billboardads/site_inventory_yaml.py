"""Imports billboard site inventory sheets supplied by acquired media owners.

When we take over another operator's sites, their inventory comes in as a
YAML export: one entry per structure with faces, format and lease terms.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

FORMATS = {"48-sheet", "96-sheet", "6-sheet", "digital-roadside", "digital-portrait", "bulletin"}


@dataclass
class InventoryFace:
    site_code: str
    face: str
    fmt: str
    lat: float
    lon: float
    annual_rent: Decimal
    landlord_ref: str


def read_inventory(path: Path) -> list[InventoryFace]:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    if not isinstance(doc, dict) or not isinstance(doc.get("sites"), list):
        raise ValueError(f"{path}: expected a mapping with a 'sites' list")
    faces: list[InventoryFace] = []
    for site in doc["sites"]:
        code = str(site["code"]).strip().upper()
        for face in site.get("faces", []):
            fmt = str(face["format"]).lower()
            if fmt not in FORMATS:
                log.warning("%s/%s: unknown format %r, skipped", code, face.get("id"), fmt)
                continue
            faces.append(
                InventoryFace(
                    site_code=code,
                    face=str(face["id"]),
                    fmt=fmt,
                    lat=float(site["lat"]),
                    lon=float(site["lon"]),
                    annual_rent=Decimal(str(site.get("lease", {}).get("annual_rent", "0"))),
                    landlord_ref=str(site.get("lease", {}).get("landlord", "")),
                )
            )
    return faces


def summarise(faces: list[InventoryFace]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in faces:
        counts[f.fmt] = counts.get(f.fmt, 0) + 1
    return counts


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for name, count in sorted(summarise(read_inventory(Path(sys.argv[1]))).items()):
        print(f"{name:20s} {count:6d}")
