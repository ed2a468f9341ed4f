"""Hand record downloads for members after a session.

Hand records are produced by the dealing machine as PBN/PDF files and
copied into ``HAND_RECORD_DIR/<session id>/``; members download them
from the results page once the session is closed.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, render_template, send_file

app = Flask(__name__)
app.config.from_prefixed_env("BRIDGECLUB")

HAND_RECORD_DIR = os.environ.get("BRIDGECLUB_HAND_RECORD_DIR", "/srv/bridgeclub/handrecords")
ALLOWED_SUFFIXES = {".pbn": "application/x-pbn", ".pdf": "application/pdf"}


def _session_is_closed(session_id: int) -> bool:
    from scoring.sessions import get_session

    session = get_session(session_id)
    return session is not None and session.closed


@app.get("/sessions/<int:session_id>/hand-records")
def hand_record_index(session_id: int):
    if not _session_is_closed(session_id):
        abort(403)
    folder = os.path.join(HAND_RECORD_DIR, str(session_id))
    files = sorted(
        name for name in os.listdir(folder) if Path(name).suffix.lower() in ALLOWED_SUFFIXES
    )
    return render_template("hand_records.html", session_id=session_id, files=files)


@app.get("/sessions/<int:session_id>/hand-records/<path:filename>")
def download_hand_record(session_id: int, filename: str):
    suffix = Path(filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(404)
    if not _session_is_closed(session_id):
        abort(403)
    full_path = os.path.join(HAND_RECORD_DIR, str(session_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(
        full_path,
        mimetype=ALLOWED_SUFFIXES[suffix],
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )
