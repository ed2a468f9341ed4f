"""Exports a plough's GPS trace for a storm as GPX for claims handling."""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class TracePoint:
    lat: float
    lon: float
    at: datetime
    blade_down: bool


class GpxWriter:
    header = '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="winter-ops">\n'

    def __init__(self, unit_id: str) -> None:
        self.unit_id = unit_id

    def lines(self, points: Iterable[TracePoint]) -> Iterable[str]:
        yield self.header
        yield f"<trk><name>{escape(self.unit_id)}</name><trkseg>\n"
        for p in points:
            yield (
                f'<trkpt lat="{p.lat:.6f}" lon="{p.lon:.6f}"><time>{p.at.isoformat()}</time>'
                f"<desc>{'blade down' if p.blade_down else 'transit'}</desc></trkpt>\n"
            )
        yield "</trkseg></trk></gpx>\n"


class TraceExporter:
    def __init__(self, export_dir: Path) -> None:
        self.export_dir = export_dir

    def _scratch(self) -> tuple[int, str]:
        return tempfile.mkstemp(prefix="trace-", suffix=".gpx", dir=self.export_dir)

    def export(self, unit_id: str, storm_id: str, points: Iterable[TracePoint]) -> Path:
        fd, tmp_name = self._scratch()
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.writelines(GpxWriter(unit_id).lines(points))
            final = self.export_dir / f"{storm_id}_{unit_id}.gpx"
            shutil.move(tmp_name, final)
            return final
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
