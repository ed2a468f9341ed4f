"""Import GPS tracks recorded by field teams on snowmobile traverses.

Teams upload GPX files from their handheld units; the track points are stored
so that the radar profiles can be georeferenced.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from lxml import etree

bp = Blueprint("gpx_import", __name__, url_prefix="/imports")

GPX_NS = {"gpx": "http://www.topografix.com/GPX/1/1"}


def _make_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


@dataclass
class TrackPoint:
    latitude: float
    longitude: float
    elevation_m: float | None
    time: datetime | None


def parse_gpx(payload: bytes) -> list[TrackPoint]:
    root = etree.fromstring(payload, parser=_make_parser())
    points = []
    for node in root.iterfind(".//gpx:trkpt", GPX_NS):
        ele = node.findtext("gpx:ele", namespaces=GPX_NS)
        stamp = node.findtext("gpx:time", namespaces=GPX_NS)
        points.append(
            TrackPoint(
                latitude=float(node.get("lat")),
                longitude=float(node.get("lon")),
                elevation_m=float(ele) if ele else None,
                time=datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None,
            )
        )
    return points


@bp.post("/traverses/<int:traverse_id>/gpx")
def import_gpx(traverse_id: int):
    upload = request.files.get("track")
    if upload is None:
        abort(400, "track file missing")
    try:
        points = parse_gpx(upload.read())
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        abort(400, f"unreadable GPX: {exc}")
    if not points:
        abort(400, "GPX file has no track points")
    store = current_app.extensions["traverse_store"]
    store.replace_track(traverse_id, points)
    return jsonify(traverse=traverse_id, points=len(points)), 201
