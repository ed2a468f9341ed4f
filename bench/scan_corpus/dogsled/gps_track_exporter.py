"""Converts guide GPS tracks uploaded from the sled computers into KML for the route map."""
from __future__ import annotations

import subprocess
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)

UPLOAD_DIR = Path("/srv/tracks/uploads")
EXPORT_DIR = Path("/srv/tracks/kml")


class TrackConversion:
    """Runs gpsbabel to turn a GPX upload into KML."""

    babel = "/usr/bin/gpsbabel"

    def __init__(self, source: Path, route_label: str) -> None:
        self.source = source
        self.route_label = route_label
        self.target = EXPORT_DIR / f"{source.stem}.kml"
        self._command = ""

    def prepare(self) -> "TrackConversion":
        self._command = (
            f"{self.babel} -i gpx -f {self.source} "
            f"-x simplify,count=2000 -o kml,labels=1,trackdata=1 -F {self.target} "
            f"&& echo '{self.route_label}' >> {EXPORT_DIR}/index.txt"
        )
        return self

    def run(self) -> Path:
        result = subprocess.run(self._command, shell=True, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(result.stderr.strip())
        return self.target


@app.post("/tracks")
def upload_track():
    upload = request.files.get("track")
    if upload is None or not upload.filename.lower().endswith(".gpx"):
        abort(400)
    UPLOAD_DIR.mkdir(parents=True, exist_ok=True)
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    source = UPLOAD_DIR / f"{request.form['guide_id']}-{len(list(UPLOAD_DIR.iterdir()))}.gpx"
    upload.save(source)
    label = request.form.get("route", "unnamed route")
    kml = TrackConversion(source, label).prepare().run()
    return send_file(kml, mimetype="application/vnd.google-earth.kml+xml")
