"""Upload endpoint for raw polysomnography recordings.

Satellite sleep labs upload the night's recording as an EDF/EDF+ file plus
the technologist's notes. Files land in the intake directory where the
conversion worker picks them up for scoring.
"""
from __future__ import annotations

import hashlib
import os

from flask import Blueprint, abort, current_app, jsonify, request, session

from .jobs import enqueue_conversion

bp = Blueprint("edf_upload", __name__)

ALLOWED_SUFFIXES = (".edf", ".edf+", ".bdf")
MAX_UPLOAD_BYTES = 2 * 1024**3


def intake_dir() -> str:
    path = current_app.config["PSG_INTAKE_DIR"]
    os.makedirs(path, mode=0o750, exist_ok=True)
    return path


@bp.post("/studies/<int:study_id>/recording")
def upload_recording(study_id: int):
    if session.get("role") not in {"technologist", "lead_technologist"}:
        abort(403)
    upload = request.files.get("recording")
    if upload is None or not upload.filename:
        abort(400, "no recording attached")
    if not upload.filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(415, "recording must be EDF, EDF+ or BDF")
    if request.content_length and request.content_length > MAX_UPLOAD_BYTES:
        abort(413)

    destination = os.path.join(intake_dir(), upload.filename)
    sha = hashlib.sha256()
    with open(destination, "wb") as out:
        for chunk in iter(lambda: upload.stream.read(1024 * 1024), b""):
            sha.update(chunk)
            out.write(chunk)

    enqueue_conversion(
        study_id=study_id,
        path=destination,
        sha256=sha.hexdigest(),
        uploaded_by=session["staff_id"],
    )
    return jsonify({"study_id": study_id, "sha256": sha.hexdigest()}), 202
