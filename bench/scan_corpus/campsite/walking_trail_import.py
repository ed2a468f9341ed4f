"""Import GPX walking trails uploaded by wardens so they appear on the guest-portal park map."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree

GPX_NS = {"gpx": "http://www.topografix.com/GPX/1/1"}


def _gpx_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
    )


@dataclass
class Trail:
    name: str
    points: list[tuple[float, float, float | None]] = field(default_factory=list)

    @property
    def length_points(self) -> int:
        return len(self.points)


def _point(node: etree._Element) -> tuple[float, float, float | None]:
    ele = node.findtext("gpx:ele", namespaces=GPX_NS)
    return float(node.get("lat")), float(node.get("lon")), float(ele) if ele else None


def read_trails(upload: BinaryIO, max_bytes: int = 5_000_000) -> list[Trail]:
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("GPX file too large")
    root = etree.fromstring(data, parser=_gpx_parser())
    trails: list[Trail] = []
    for trk in root.iterfind("gpx:trk", GPX_NS):
        name = (trk.findtext("gpx:name", namespaces=GPX_NS) or "Unnamed trail").strip()
        trail = Trail(name=name[:80])
        for pt in trk.iterfind(".//gpx:trkpt", GPX_NS):
            trail.points.append(_point(pt))
        if trail.points:
            trails.append(trail)
    return trails
