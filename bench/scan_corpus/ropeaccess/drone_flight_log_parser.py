"""Parses flight logs submitted with drone survey bundles.

The flight log (a GPX-style XML export from the ground-control app) proves the
survey was flown inside the permitted area and gives altitude per frame so
defects can be located on the structure.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

GPX_NS = {"g": "http://www.topografix.com/GPX/1/1"}

_SAFE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)


@dataclass
class TrackPoint:
    at: datetime
    lat: float
    lon: float
    altitude_m: float


def parse_flight_log(xml_bytes: bytes) -> list[TrackPoint]:
    root = etree.fromstring(xml_bytes, parser=_SAFE_PARSER)
    points = []
    for pt in root.iterfind(".//g:trkpt", GPX_NS):
        ele = pt.find("g:ele", GPX_NS)
        ts = pt.find("g:time", GPX_NS)
        if ts is None or ts.text is None:
            continue
        points.append(
            TrackPoint(
                at=datetime.fromisoformat(ts.text.replace("Z", "+00:00")),
                lat=float(pt.get("lat")),
                lon=float(pt.get("lon")),
                altitude_m=float(ele.text) if ele is not None and ele.text else 0.0,
            )
        )
    return points


def max_altitude(points: list[TrackPoint]) -> float:
    return max((p.altitude_m for p in points), default=0.0)


def outside_box(points: list[TrackPoint], south: float, west: float,
                north: float, east: float) -> list[TrackPoint]:
    return [
        p for p in points
        if not (south <= p.lat <= north and west <= p.lon <= east)
    ]
