"""Stores and serves rind inspection photos for cheese wheels.

Affineurs photograph wheels during turning; photos are grouped per
cellar and can be retrieved by the quality team for defect review.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, request, send_file

app = Flask(__name__)
PHOTO_ROOT = Path(os.environ.get("CELLAR_PHOTO_ROOT", "/srv/cellar-photos")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png"}


def contained_path(*parts: str) -> Path:
    candidate = PHOTO_ROOT.joinpath(*parts).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        abort(400)
    return candidate


@app.post("/cellars/<cellar_id>/photos")
def upload_photo(cellar_id: str):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    name = Path(upload.filename).name
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    target = contained_path(cellar_id, name)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return {"stored": name}, 201


@app.get("/cellars/<cellar_id>/photos/<path:name>")
def get_photo(cellar_id: str, name: str):
    path = contained_path(cellar_id, name)
    if not path.is_file():
        abort(404)
    return send_file(path)


@app.get("/cellars/<cellar_id>/photos")
def list_photos(cellar_id: str):
    folder = contained_path(cellar_id)
    if not folder.is_dir():
        return {"photos": []}
    return {"photos": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)}
