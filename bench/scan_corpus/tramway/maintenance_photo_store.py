"""Serves defect photos attached to tram maintenance work orders."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
PHOTO_ROOT = Path(os.environ.get("MAINT_PHOTO_ROOT", "/srv/maintenance/photos")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_path(work_order: str, name: str) -> Path:
    candidate = (PHOTO_ROOT / work_order / name).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        abort(404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return candidate


@app.get("/work-orders/<work_order>/photos/<path:name>")
def get_photo(work_order: str, name: str):
    path = _photo_path(work_order, name)
    if not path.is_file():
        abort(404)
    return send_file(path, max_age=3600)


@app.post("/work-orders/<work_order>/photos")
def upload_photo(work_order: str):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    target = _photo_path(work_order, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return {"work_order": work_order, "photo": name}, 201


@app.get("/work-orders/<work_order>/photos")
def list_photos(work_order: str):
    folder = (PHOTO_ROOT / work_order).resolve()
    if not folder.is_relative_to(PHOTO_ROOT) or not folder.is_dir():
        return {"work_order": work_order, "photos": []}
    return {"work_order": work_order, "photos": sorted(p.name for p in folder.iterdir())}
