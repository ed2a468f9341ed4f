"""Import pitch boundaries drawn in a mapping tool (KML export) into the pitch register.

Park managers upload the KML file from the back-office; each Placemark becomes a pitch
with a polygon, a pitch number and an optional hookup flag.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

KML_NS = {"kml": "http://www.opengis.net/kml/2.2"}

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "huge_tree": False,
}


@dataclass
class PitchShape:
    number: str
    has_hookup: bool
    ring: list[tuple[float, float]] = field(default_factory=list)


def _parse_ring(text: str) -> list[tuple[float, float]]:
    points = []
    for chunk in text.split():
        lon, lat, *_ = chunk.split(",")
        points.append((float(lon), float(lat)))
    return points


def _extended(placemark: etree._Element, key: str) -> str | None:
    node = placemark.find(f".//kml:Data[@name='{key}']/kml:value", KML_NS)
    return node.text.strip() if node is not None and node.text else None


def read_layout(upload: BinaryIO) -> list[PitchShape]:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    tree = etree.parse(upload, parser)
    shapes: list[PitchShape] = []
    for placemark in tree.iterfind(".//kml:Placemark", KML_NS):
        name = placemark.findtext("kml:name", default="", namespaces=KML_NS).strip()
        coords = placemark.findtext(".//kml:coordinates", default="", namespaces=KML_NS)
        if not name or not coords:
            continue
        shapes.append(
            PitchShape(
                number=name,
                has_hookup=(_extended(placemark, "hookup") or "").lower() in {"yes", "true", "1"},
                ring=_parse_ring(coords),
            )
        )
    return shapes
