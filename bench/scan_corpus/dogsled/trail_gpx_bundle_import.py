"""Imports tarballs of GPX tracks exported from the guides' GPS units."""
from __future__ import annotations

import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import gpxpy


@dataclass
class TrackSummary:
    name: str
    points: int
    length_km: float


class GpxBundle:
    extraction_filter = staticmethod(tarfile.data_filter)

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def unpack(self, dest: Path) -> list[Path]:
        with tarfile.open(fileobj=self._stream, mode="r:*") as tar:
            tar.extractall(dest, filter=self.extraction_filter)
        return sorted(dest.rglob("*.gpx"))


def summarise(path: Path) -> list[TrackSummary]:
    with path.open(encoding="utf-8") as fh:
        gpx = gpxpy.parse(fh)
    out = []
    for track in gpx.tracks:
        points = sum(len(seg.points) for seg in track.segments)
        out.append(TrackSummary(track.name or path.stem, points, round(track.length_2d() / 1000, 2)))
    return out


def import_bundle(stream: BinaryIO) -> list[TrackSummary]:
    with tempfile.TemporaryDirectory(prefix="gpx-") as tmp:
        files = GpxBundle(stream).unpack(Path(tmp))
        summaries: list[TrackSummary] = []
        for f in files:
            summaries.extend(summarise(f))
        return summaries


if __name__ == "__main__":
    import sys

    with open(sys.argv[1], "rb") as fh:
        for s in import_bundle(fh):
            print(f"{s.name}: {s.points} points, {s.length_km} km")
