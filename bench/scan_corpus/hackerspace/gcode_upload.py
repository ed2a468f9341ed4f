"""Accept sliced G-code uploads for the print queue."""
import uuid
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .db import db
from .models import QueuedPrint

bp = Blueprint("uploads", __name__)

ALLOWED = {".gcode", ".bgcode"}


@bp.post("/prints")
@login_required
def submit_print():
    file = request.files.get("gcode")
    if file is None or not file.filename:
        return jsonify(error="no file"), 400

    original = secure_filename(file.filename)
    suffix = Path(original).suffix.lower()
    if not original or suffix not in ALLOWED:
        return jsonify(error="only .gcode / .bgcode files"), 400

    spool = Path(current_app.config["PRINT_SPOOL_DIR"]) / str(current_user.id)
    spool.mkdir(parents=True, exist_ok=True)
    stored = spool / f"{uuid.uuid4().hex}{suffix}"
    file.save(stored)

    job = QueuedPrint(
        member_id=current_user.id,
        path=str(stored),
        display_name=original,
        material=request.form.get("material", "PLA"),
        queued_at=datetime.now(timezone.utc),
    )
    db.session.add(job)
    db.session.commit()
    return jsonify(id=job.id, name=original), 201
