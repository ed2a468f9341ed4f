"""Storage for raw ETS clock files uploaded through the club secretary portal.

Files are written under a server-generated id; the name the secretary's PC
gave the file is only recorded as metadata.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, session

bp = Blueprint("ets_storage", __name__, url_prefix="/ets")
STORAGE_ROOT = Path(os.environ.get("ETS_STORAGE_ROOT", "/srv/federation/ets-files"))
ALLOWED_SUFFIXES = {".txt", ".csv", ".bzl", ".tau"}
MAX_BYTES = 4 * 1024 * 1024


@dataclass
class StoredClockFile:
    file_id: str
    race_id: int
    club_code: str
    original_name: str
    sha256: str
    stored_at: str


def store_clock_file(race_id: int, club_code: str, original_name: str, data: bytes) -> StoredClockFile:
    suffix = Path(original_name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ValueError(f"unsupported clock file type {suffix!r}")
    file_id = uuid.uuid4().hex
    target = STORAGE_ROOT / str(race_id) / f"{file_id}{suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return StoredClockFile(
        file_id=file_id,
        race_id=race_id,
        club_code=club_code,
        original_name=original_name[:255],
        sha256=hashlib.sha256(data).hexdigest(),
        stored_at=datetime.now(timezone.utc).isoformat(),
    )


@bp.post("/races/<int:race_id>/files")
def upload(race_id: int):
    club_code = session.get("club_code")
    if not club_code:
        abort(401)
    upload_file = request.files.get("clockfile")
    if upload_file is None or not upload_file.filename:
        abort(400)
    data = upload_file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)
    try:
        stored = store_clock_file(race_id, club_code, upload_file.filename, data)
    except ValueError as exc:
        return jsonify(error=str(exc)), 415
    return jsonify(stored.__dict__), 201
