"""Bulk upload of seasonal staff ID badge photos.

The HR coordinator exports photos from the onboarding form as a zip and
uploads it; each member is named after the staff number, e.g. ``S0412.jpg``.
"""
from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PHOTO_DIR = Path(os.environ.get("BADGE_PHOTO_DIR", "/srv/pumpkinpatch/badges"))
MAX_ARCHIVE = 50 * 1024 * 1024
MAX_MEMBERS = 400
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


def extract_photos(archive: zipfile.ZipFile, dest: Path) -> list[str]:
    saved = []
    for info in archive.infolist():
        if info.is_dir() or not info.filename.lower().endswith(IMAGE_SUFFIXES):
            continue
        if info.file_size > 5 * 1024 * 1024:
            continue
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(info) as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out)
        saved.append(info.filename)
    return saved


@app.post("/hr/badge-photos")
def upload_badge_photos():
    upload = request.files.get("archive")
    if upload is None:
        abort(400)
    data = upload.read(MAX_ARCHIVE + 1)
    if len(data) > MAX_ARCHIVE:
        abort(413)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        abort(422)
    with archive:
        if len(archive.infolist()) > MAX_MEMBERS:
            abort(422)
        PHOTO_DIR.mkdir(parents=True, exist_ok=True)
        saved = extract_photos(archive, PHOTO_DIR)
    return jsonify({"saved": len(saved), "files": saved})


@app.get("/hr/badge-photos")
def list_badge_photos():
    if not PHOTO_DIR.is_dir():
        return jsonify([])
    return jsonify(sorted(p.name for p in PHOTO_DIR.rglob("*") if p.is_file()))
