"""Imports GPX tracks uploaded by surveyors and hikers for route maps.

Tracks become LineString layers in the client workspace; waypoints become
point features.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

log = logging.getLogger(__name__)

GPX_NS = {"gpx": "http://www.topografix.com/GPX/1/1"}
MAX_GPX_BYTES = 50 * 1024 * 1024


@dataclass
class GpxTrack:
    name: str
    points: list[tuple[float, float, float | None]] = field(default_factory=list)


@dataclass
class GpxDocument:
    tracks: list[GpxTrack]
    waypoints: list[tuple[str, float, float]]


def _point(el) -> tuple[float, float, float | None]:
    ele = el.find("gpx:ele", GPX_NS)
    return (
        float(el.get("lon")),
        float(el.get("lat")),
        float(ele.text) if ele is not None and ele.text else None,
    )


def parse_gpx(data: bytes) -> GpxDocument:
    if len(data) > MAX_GPX_BYTES:
        raise ValueError("GPX file too large")
    root = SafeET.fromstring(data)
    tracks = []
    for trk in root.iterfind("gpx:trk", GPX_NS):
        track = GpxTrack(name=trk.findtext("gpx:name", default="track", namespaces=GPX_NS))
        for pt in trk.iterfind(".//gpx:trkpt", GPX_NS):
            track.points.append(_point(pt))
        tracks.append(track)
    waypoints = [
        (wpt.findtext("gpx:name", default="", namespaces=GPX_NS), float(wpt.get("lon")), float(wpt.get("lat")))
        for wpt in root.iterfind("gpx:wpt", GPX_NS)
    ]
    log.info("parsed %d tracks and %d waypoints", len(tracks), len(waypoints))
    return GpxDocument(tracks=tracks, waypoints=waypoints)


def to_geojson(doc: GpxDocument) -> dict:
    features = [
        {
            "type": "Feature",
            "properties": {"name": t.name, "kind": "track"},
            "geometry": {"type": "LineString", "coordinates": [[p[0], p[1]] for p in t.points]},
        }
        for t in doc.tracks
        if len(t.points) >= 2
    ]
    features += [
        {
            "type": "Feature",
            "properties": {"name": name, "kind": "waypoint"},
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        }
        for name, lon, lat in doc.waypoints
    ]
    return {"type": "FeatureCollection", "features": features}
