"""Storage of uploaded polysomnography recordings.

Recordings are stored under a server-generated name derived from the study id
and a random upload id; the original client file name is kept only as
metadata in the database.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, session

from .jobs import enqueue_conversion
from .models import RecordingUpload, db

bp = Blueprint("edf_store", __name__)

SUFFIXES = {".edf": "edf", ".bdf": "bdf"}


def intake_root() -> Path:
    root = Path(current_app.config["PSG_INTAKE_DIR"])
    root.mkdir(mode=0o750, parents=True, exist_ok=True)
    return root


def stored_path(study_id: int, upload_id: uuid.UUID, kind: str) -> Path:
    return intake_root() / f"study-{study_id:08d}" / f"{upload_id.hex}.{kind}"


@bp.post("/studies/<int:study_id>/recordings")
def store_recording(study_id: int):
    if session.get("role") not in {"technologist", "lead_technologist"}:
        abort(403)
    upload = request.files.get("recording")
    if upload is None or not upload.filename:
        abort(400, "no recording attached")
    kind = SUFFIXES.get(os.path.splitext(upload.filename)[1].lower())
    if kind is None:
        abort(415, "recording must be EDF or BDF")

    upload_id = uuid.uuid4()
    path = stored_path(study_id, upload_id, kind)
    path.parent.mkdir(mode=0o750, exist_ok=True)
    sha = hashlib.sha256()
    with path.open("wb") as out:
        for chunk in iter(lambda: upload.stream.read(1024 * 1024), b""):
            sha.update(chunk)
            out.write(chunk)

    db.session.add(
        RecordingUpload(
            id=str(upload_id),
            study_id=study_id,
            original_name=upload.filename[:255],
            stored_path=str(path),
            sha256=sha.hexdigest(),
            uploaded_by=session["staff_id"],
        )
    )
    db.session.commit()
    enqueue_conversion(upload_id=str(upload_id))
    return jsonify({"upload_id": str(upload_id), "sha256": sha.hexdigest()}), 202
