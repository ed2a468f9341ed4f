"""Parses parcel polygons from KML uploads for the water-rights parcel map."""

from __future__ import annotations

import defusedxml.ElementTree as ET

KML = "{http://www.opengis.net/kml/2.2}"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def _coords(text: str) -> list[tuple[float, float]]:
    out = []
    for token in text.split():
        lon, lat = token.split(",")[:2]
        out.append((float(lon), float(lat)))
    return out


def parse_parcels(data: bytes) -> dict[str, list[tuple[float, float]]]:
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError("KML file too large")
    root = ET.fromstring(data)
    parcels: dict[str, list[tuple[float, float]]] = {}
    for placemark in root.iter(f"{KML}Placemark"):
        name_el = placemark.find(f"{KML}name")
        coords_el = placemark.find(f".//{KML}outerBoundaryIs//{KML}coordinates")
        if coords_el is None or not coords_el.text:
            continue
        name = (name_el.text or "").strip() if name_el is not None else f"parcel-{len(parcels) + 1}"
        parcels[name] = _coords(coords_el.text)
    return parcels
