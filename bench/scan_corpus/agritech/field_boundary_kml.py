"""Import field boundaries from KML files uploaded by growers.

Growers export boundaries from Google Earth or their tractor guidance
system; we accept Placemarks with Polygon geometry.
"""
from dataclasses import dataclass

from defusedxml import ElementTree as ET

KML_NS = {"kml": "http://www.opengis.net/kml/2.2"}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


@dataclass
class Boundary:
    name: str
    ring: list[tuple[float, float]]


def _parse_coordinates(text: str) -> list[tuple[float, float]]:
    points = []
    for token in text.split():
        lon, lat, *_ = token.split(",")
        points.append((float(lon), float(lat)))
    return points


def parse_boundaries(data: bytes) -> list[Boundary]:
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError("KML file too large")
    root = ET.fromstring(data)
    boundaries = []
    for placemark in root.iterfind(".//kml:Placemark", KML_NS):
        name = placemark.findtext("kml:name", default="Unnamed field", namespaces=KML_NS).strip()
        coords = placemark.find(".//kml:Polygon/kml:outerBoundaryIs/kml:LinearRing/kml:coordinates", KML_NS)
        if coords is None or not coords.text:
            continue
        ring = _parse_coordinates(coords.text)
        if len(ring) >= 4:
            boundaries.append(Boundary(name=name, ring=ring))
    return boundaries
