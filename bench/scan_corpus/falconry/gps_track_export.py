"""Exports a bird's telemetry track as GPX/KML for volunteers and the vet.

Fixes are dumped to CSV and converted with ``gpsbabel``; an optional time
window is applied with gpsbabel's ``track`` filter.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import tempfile
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from .telemetry_store import fixes_for_bird

bp = Blueprint("track_export", __name__, url_prefix="/telemetry")

EXPORT_ROOT = Path(os.environ.get("EXPORT_ROOT", "/var/lib/falconry/exports"))
FORMATS = {
    "gpx": "application/gpx+xml",
    "kml": "application/vnd.google-earth.kml+xml",
}


class GpsBabel:
    binary = "gpsbabel"

    def command(self, src: Path, dst: Path, out_format: str,
                start: str | None, stop: str | None) -> str:
        window = ""
        if start or stop:
            parts = [f"start={start}" if start else "", f"stop={stop}" if stop else ""]
            window = "-x track," + ",".join(p for p in parts if p) + " "
        return (
            f"{self.binary} -i unicsv -f {src} {window}"
            f"-o {out_format} -F {dst}"
        )

    def convert(self, src: Path, dst: Path, out_format: str,
                start: str | None = None, stop: str | None = None) -> None:
        cmd = self.command(src, dst, out_format, start, stop)
        subprocess.run(cmd, shell=True, check=True, timeout=120)


def _write_csv(fixes, path: Path) -> None:
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["utc_d", "utc_t", "lat", "lon", "alt"])
        for fix in fixes:
            writer.writerow([fix.ts.date().isoformat(), fix.ts.time().isoformat(),
                             fix.lat, fix.lon, fix.alt])


@bp.get("/birds/<int:bird_id>/track")
@login_required
def export_track(bird_id: int):
    out_format = request.args.get("format", "gpx")
    if out_format not in FORMATS:
        abort(400)
    fixes = fixes_for_bird(bird_id)
    if not fixes:
        abort(404)

    EXPORT_ROOT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=EXPORT_ROOT) as workdir:
        src = Path(workdir) / "fixes.csv"
        dst = Path(workdir) / f"bird-{bird_id}.{out_format}"
        _write_csv(fixes, src)
        GpsBabel().convert(src, dst, out_format,
                           start=request.args.get("start"),
                           stop=request.args.get("stop"))
        data = dst.read_bytes()

    return send_file(
        io.BytesIO(data),
        mimetype=FORMATS[out_format],
        as_attachment=True,
        download_name=f"bird-{bird_id}.{out_format}",
    )
