"""Intake of volunteer photo uploads for the heritage trust's station archive."""
from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024

INTAKE_ROOT = Path(os.environ.get("INTAKE_ROOT", "/srv/lighthouse/intake")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
STATION_CODE = re.compile(r"^[A-Z]{2,4}-\d{2,3}$")


def intake_path(station: str, original_name: str) -> Path:
    if not STATION_CODE.fullmatch(station):
        abort(400, "invalid station code")
    suffix = Path(original_name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415, "unsupported file type")
    candidate = (INTAKE_ROOT / station / f"{uuid.uuid4().hex}{suffix}").resolve()
    if not candidate.is_relative_to(INTAKE_ROOT):
        abort(400, "invalid destination")
    candidate.parent.mkdir(parents=True, exist_ok=True)
    return candidate


@app.post("/stations/<station>/photos")
def upload_photo(station: str):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, "photo field required")
    dest = intake_path(station, upload.filename)
    upload.save(dest)
    return jsonify(
        {
            "station": station,
            "stored_as": dest.name,
            "original_name": upload.filename[:200],
            "photographer": request.form.get("photographer", "")[:120],
        }
    ), 201


@app.get("/stations/<station>/photos")
def list_photos(station: str):
    if not STATION_CODE.fullmatch(station):
        abort(400, "invalid station code")
    folder = INTAKE_ROOT / station
    names = sorted(p.name for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    return jsonify({"station": station, "photos": names})
