"""Team photo uploads for the club gallery, grouped by season and team."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from flask import Flask, abort, jsonify, request, session
from PIL import Image

app = Flask(__name__)
app.config["GALLERY_ROOT"] = Path("/srv/cricketclub/gallery")
app.config["MAX_CONTENT_LENGTH"] = 15 * 1024 * 1024

log = logging.getLogger(__name__)

TEAMS = {"1st-xi", "2nd-xi", "3rd-xi", "sunday-xi", "u11", "u13", "u15", "womens"}
IMAGE_TYPES = {"image/jpeg", "image/png"}
THUMB_SIZE = (320, 240)


class GalleryWriter:
    def __init__(self, root: Path) -> None:
        self.root = root

    def album(self, season: int, team: str) -> Path:
        folder = self.root / str(season) / team
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, season: int, team: str, filename: str, data: bytes) -> Path:
        target = self.album(season, team) / filename
        target.write_bytes(data)
        with Image.open(target) as img:
            img.thumbnail(THUMB_SIZE)
            img.save(target.with_name(f"thumb_{target.name}"))
        return target


writer = GalleryWriter(app.config["GALLERY_ROOT"])


@app.post("/gallery/<int:season>/<team>")
def upload_photo(season: int, team: str):
    if session.get("role") not in {"captain", "media", "secretary"}:
        abort(403)
    if team not in TEAMS:
        abort(404)
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in IMAGE_TYPES:
        abort(415)
    data = upload.read()
    saved = writer.save(season, team, upload.filename, data)
    log.info("Photo %s uploaded to %s/%s (sha256 %s)", saved.name, season, team,
             hashlib.sha256(data).hexdigest()[:12])
    return jsonify(stored=saved.name), 201


@app.get("/gallery/<int:season>/<team>")
def list_photos(season: int, team: str):
    if team not in TEAMS:
        abort(404)
    folder = app.config["GALLERY_ROOT"] / str(season) / team
    if not folder.is_dir():
        return jsonify([])
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith("thumb_"))
    return jsonify(names)
