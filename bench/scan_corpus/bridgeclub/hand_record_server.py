"""Serves hand records for closed sessions to signed-in members.

Files live in ``HAND_RECORD_DIR/<session id>/`` as written by the
dealing-machine sync job.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, g, render_template, send_from_directory

bp = Blueprint("hand_records", __name__)

ALLOWED_SUFFIXES = {".pbn": "application/x-pbn", ".pdf": "application/pdf"}


def _session_dir(session_id: int) -> str:
    return os.path.join(current_app.config["HAND_RECORD_DIR"], str(session_id))


def _require_closed(session_id: int) -> None:
    row = g.db.execute("SELECT closed FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None or not row[0]:
        abort(404)


@bp.get("/sessions/<int:session_id>/hand-records")
def list_hand_records(session_id: int):
    _require_closed(session_id)
    folder = Path(_session_dir(session_id))
    files = sorted(
        p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
    ) if folder.is_dir() else []
    return render_template("hand_records.html", session_id=session_id, files=files)


@bp.get("/sessions/<int:session_id>/hand-records/<path:filename>")
def download_hand_record(session_id: int, filename: str):
    _require_closed(session_id)
    suffix = Path(filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(404)
    return send_from_directory(
        _session_dir(session_id),
        filename,
        mimetype=ALLOWED_SUFFIXES[suffix],
        as_attachment=True,
    )
