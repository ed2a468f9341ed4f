"""Reads physical size and colour layers from uploaded SVG artwork for quoting."""
from __future__ import annotations

import re
from dataclasses import dataclass

from defusedxml import ElementTree as DefusedET
from defusedxml.common import DefusedXmlException

SVG = "{http://www.w3.org/2000/svg}"
_UNIT = re.compile(r"^\s*([0-9.]+)\s*(mm|cm|in|pt|px)?\s*$")
TO_INCHES = {"mm": 1 / 25.4, "cm": 1 / 2.54, "in": 1.0, "pt": 1 / 72, "px": 1 / 96, None: 1 / 96}


@dataclass
class ArtworkSize:
    width_in: float
    height_in: float
    stroke_colours: set[str]

    def fits(self, plate_w: float, plate_h: float, margin: float = 0.25) -> bool:
        return self.width_in <= plate_w - 2 * margin and self.height_in <= plate_h - 2 * margin


def _inches(value: str | None) -> float:
    if not value:
        return 0.0
    m = _UNIT.match(value)
    if not m:
        raise ValueError(f"cannot read length {value!r}")
    return round(float(m.group(1)) * TO_INCHES[m.group(2)], 3)


def measure(svg_bytes: bytes) -> ArtworkSize:
    try:
        root = DefusedET.fromstring(svg_bytes)
    except (DefusedXmlException, DefusedET.ParseError) as exc:
        raise ValueError(f"artwork is not a usable SVG: {exc}") from exc
    if root.tag != f"{SVG}svg":
        raise ValueError("artwork is not an SVG document")
    colours = {
        el.get("stroke").lower()
        for el in root.iter()
        if el.get("stroke") and el.get("stroke") != "none"
    }
    return ArtworkSize(_inches(root.get("width")), _inches(root.get("height")), colours)


def check_upload(svg_bytes: bytes, plate_w: float, plate_h: float) -> dict:
    size = measure(svg_bytes)
    return {
        "width_in": size.width_in,
        "height_in": size.height_in,
        "fits": size.fits(plate_w, plate_h),
        "cut_layers": sorted(size.stroke_colours),
    }
