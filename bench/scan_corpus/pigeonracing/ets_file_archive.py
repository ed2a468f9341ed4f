"""Archive of raw ETS clock files uploaded by club race secretaries.

The raw file is kept next to the parsed arrivals so that disputes can be
checked against exactly what the clock produced.
"""
from __future__ import annotations

import hashlib
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request, session

log = logging.getLogger(__name__)
bp = Blueprint("ets_archive", __name__, url_prefix="/ets")

ALLOWED_SUFFIXES = (".txt", ".csv", ".bzl", ".tau")
MAX_BYTES = 4 * 1024 * 1024


class EtsArchive:
    def __init__(self, root: str):
        self.root = root

    def _target_path(self, race_id: int, club_code: str, filename: str) -> str:
        return os.path.join(self.root, str(race_id), club_code, filename)

    def store(self, race_id: int, club_code: str, filename: str, data: bytes) -> dict:
        path = self._target_path(race_id, club_code, filename)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
        return {
            "race_id": race_id,
            "club_code": club_code,
            "file": filename,
            "sha256": hashlib.sha256(data).hexdigest(),
            "stored_at": datetime.now(timezone.utc).isoformat(),
        }


archive = EtsArchive(os.environ.get("ETS_ARCHIVE_ROOT", "/srv/federation/ets-archive"))


@bp.post("/races/<int:race_id>/upload")
def upload_clock_file(race_id: int):
    club_code = session.get("club_code")
    if not club_code:
        abort(401)
    upload = request.files.get("clockfile")
    if upload is None or not upload.filename:
        abort(400)
    if not upload.filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(415)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)
    record = archive.store(race_id, club_code, upload.filename, data)
    log.info("archived clock file for race %s club %s (%s)", race_id, club_code, record["sha256"])
    return jsonify(record), 201
