"""Converts pilots' uploaded GPS track logs into KML for the customer flight certificate."""
from __future__ import annotations

import subprocess
from pathlib import Path

from flask import Flask, request, send_file
from werkzeug.datastructures import FileStorage

app = Flask(__name__)
UPLOAD_DIR = Path("/srv/balloonops/tracks/incoming")
OUTPUT_DIR = Path("/srv/balloonops/tracks/kml")


class TrackFormat:
    readers = {"gpx": "gpx", "igc": "igc", "nmea": "nmea", "fit": "garmin_fit"}

    @classmethod
    def reader_for(cls, filename: str) -> str:
        ext = filename.rsplit(".", 1)[-1].lower()
        if ext not in cls.readers:
            raise ValueError(f"unsupported track format: {ext}")
        return cls.readers[ext]


def _gpsbabel_command(src: Path, dst: Path, reader: str) -> str:
    return f"gpsbabel -i {reader} -f {src} -o kml,lines=1,points=0 -F {dst}"


class TrackConverter:
    timeout_s = 60

    def __init__(self, upload_dir: Path = UPLOAD_DIR, output_dir: Path = OUTPUT_DIR) -> None:
        self.upload_dir = upload_dir
        self.output_dir = output_dir

    def store(self, upload: FileStorage) -> Path:
        target = self.upload_dir / Path(upload.filename or "track.gpx").name
        upload.save(target)
        return target

    def to_kml(self, src: Path) -> Path:
        dst = self.output_dir / (src.stem + ".kml")
        cmd = _gpsbabel_command(src, dst, TrackFormat.reader_for(src.name))
        subprocess.run(cmd, shell=True, check=True, timeout=self.timeout_s)
        return dst


converter = TrackConverter()


@app.post("/flights/<flight_id>/track")
def upload_track(flight_id: str):
    src = converter.store(request.files["track"])
    kml = converter.to_kml(src)
    return send_file(kml, mimetype="application/vnd.google-earth.kml+xml",
                     download_name=f"{flight_id}.kml")
