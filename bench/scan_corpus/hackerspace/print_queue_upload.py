"""Upload endpoint for the 3D-printer queue.

Members drop a sliced .gcode file here; the queue worker picks files up in
order of the `queued_at` column and sends them to whichever printer is free.
"""
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

from .db import db
from .models import QueuedPrint

bp = Blueprint("print_queue", __name__, url_prefix="/queue")

ALLOWED_SUFFIXES = {".gcode", ".bgcode"}
MAX_BYTES = 200 * 1024 * 1024


def _spool_dir() -> Path:
    return Path(current_app.config["PRINT_SPOOL_DIR"])


@bp.post("/upload")
@login_required
def upload():
    upload = request.files.get("gcode")
    if upload is None or not upload.filename:
        return jsonify(error="no file"), 400
    if Path(upload.filename).suffix.lower() not in ALLOWED_SUFFIXES:
        return jsonify(error="only sliced gcode is accepted"), 400
    if request.content_length and request.content_length > MAX_BYTES:
        return jsonify(error="file too large"), 413

    member_dir = _spool_dir() / str(current_user.id)
    member_dir.mkdir(parents=True, exist_ok=True)
    target = member_dir / upload.filename
    upload.save(target)

    job = QueuedPrint(
        member_id=current_user.id,
        path=str(target),
        material=request.form.get("material", "PLA"),
        queued_at=datetime.now(timezone.utc),
    )
    db.session.add(job)
    db.session.commit()
    return jsonify(id=job.id, position=QueuedPrint.position_of(job.id)), 201
