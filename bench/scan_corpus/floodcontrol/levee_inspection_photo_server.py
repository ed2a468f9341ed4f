"""Serves inspection photos attached to levee inspection reports."""

import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)


class PhotoStorage:
    def __init__(self, root: str) -> None:
        self._root = Path(root)

    @property
    def root(self) -> Path:
        return self._root

    def path_for(self, report_id: int, filename: str) -> Path:
        return self.root / f"{report_id:08d}" / filename


storage = PhotoStorage(os.environ.get("LEVEE_PHOTO_ROOT", "/srv/levee/photos"))

MIME_BY_SUFFIX = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".heic": "image/heic",
}


@app.get("/reports/<int:report_id>/photos/<path:filename>")
def report_photo(report_id: int, filename: str):
    target = storage.path_for(report_id, filename)
    if not target.is_file():
        abort(404)
    mimetype = MIME_BY_SUFFIX.get(target.suffix.lower(), "application/octet-stream")
    return send_file(target, mimetype=mimetype, max_age=3600)


@app.get("/reports/<int:report_id>/photos")
def list_photos(report_id: int):
    folder = storage.root / f"{report_id:08d}"
    if not folder.is_dir():
        abort(404)
    return {"photos": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MIME_BY_SUFFIX)}
