"""Thumbnail endpoint for herbarium sheet scans.

Scans are stored as large pyramidal TIFFs; curators can ask for a resized JPEG
preview at an arbitrary geometry for the comparison viewer.
"""
import hashlib
import subprocess
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
app.config.from_envvar("HERBARIUM_VIEWER_SETTINGS")

SCAN_ROOT = Path(app.config.get("SCAN_ROOT", "/srv/herbarium/scans"))
CACHE_ROOT = Path(app.config.get("THUMB_CACHE", "/var/cache/herbarium/thumbs"))


def _scan_path(barcode: str) -> Path:
    record = app.extensions["catalogue"].lookup_barcode(barcode)
    if record is None:
        abort(404)
    return SCAN_ROOT / record.scan_file


def _render(src: Path, geometry: str, dst: Path) -> None:
    cmd = f"convert '{src}' -thumbnail {geometry} -quality 85 '{dst}'"
    subprocess.run(cmd, shell=True, check=True, timeout=60)


@app.get("/sheets/<barcode>/thumbnail")
def thumbnail(barcode: str):
    geometry = request.args.get("size", "512x512")
    src = _scan_path(barcode)
    key = hashlib.sha256(f"{barcode}:{geometry}".encode()).hexdigest()
    dst = CACHE_ROOT / f"{key}.jpg"
    if not dst.exists():
        CACHE_ROOT.mkdir(parents=True, exist_ok=True)
        _render(src, geometry, dst)
    return send_file(dst, mimetype="image/jpeg")
