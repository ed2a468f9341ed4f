"""Parse customer-supplied KML files into AOI polygons for tasking requests."""
from __future__ import annotations

from lxml import etree
from shapely.geometry import Polygon
from shapely.validation import make_valid

KML_NS = {"kml": "http://www.opengis.net/kml/2.2"}

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    huge_tree=False,
    remove_comments=True,
)


def _ring(coord_text: str) -> list[tuple[float, float]]:
    points = []
    for chunk in coord_text.split():
        lon, lat, *_ = (float(v) for v in chunk.split(","))
        points.append((lon, lat))
    return points


def parse_kml(data: bytes) -> list[Polygon]:
    root = etree.fromstring(data, parser=_PARSER)
    polygons = []
    for poly in root.iterfind(".//kml:Polygon", KML_NS):
        outer = poly.findtext(".//kml:outerBoundaryIs//kml:coordinates", namespaces=KML_NS)
        if not outer:
            continue
        holes = [
            _ring(h.text)
            for h in poly.iterfind(".//kml:innerBoundaryIs//kml:coordinates", KML_NS)
            if h.text
        ]
        polygons.append(make_valid(Polygon(_ring(outer), holes)))
    if not polygons:
        raise ValueError("KML contains no polygons")
    return polygons
