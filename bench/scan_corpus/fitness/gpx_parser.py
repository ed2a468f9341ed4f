"""Parses GPX uploads from phones and bike computers into track points."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from defusedxml import ElementTree as DET

GPX_NS = {"gpx": "http://www.topografix.com/GPX/1/1"}
MAX_UPLOAD_BYTES = 50 * 1024 * 1024


@dataclass
class TrackPoint:
    lat: float
    lon: float
    ele: float | None
    time: datetime | None


def _opt_float(text: str | None) -> float | None:
    return float(text) if text else None


def _opt_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def parse_gpx(fileobj: BinaryIO) -> list[TrackPoint]:
    data = fileobj.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValueError("GPX file too large")
    root = DET.fromstring(data)
    points = []
    for trkpt in root.iterfind(".//gpx:trkseg/gpx:trkpt", GPX_NS):
        points.append(
            TrackPoint(
                lat=float(trkpt.get("lat")),
                lon=float(trkpt.get("lon")),
                ele=_opt_float(trkpt.findtext("gpx:ele", namespaces=GPX_NS)),
                time=_opt_time(trkpt.findtext("gpx:time", namespaces=GPX_NS)),
            )
        )
    return points
