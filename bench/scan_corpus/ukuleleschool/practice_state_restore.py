"""Sync endpoint for the desktop practice app: students push and pull their practice state."""
import base64
import pickle
import zlib
from datetime import datetime

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import PracticeState, db

bp = Blueprint("practice_sync", __name__, url_prefix="/api/practice")

MAX_BLOB_BYTES = 512 * 1024


class PracticeBlob:
    """Wire format used by the desktop app: zlib-compressed, base64-encoded state."""

    @staticmethod
    def decode(blob: str):
        raw = zlib.decompress(base64.b64decode(blob))
        return pickle.loads(raw)

    @staticmethod
    def summarise(state: dict) -> dict:
        return {
            "songs": len(state.get("songs", [])),
            "minutes": int(state.get("total_seconds", 0) // 60),
            "streak": state.get("streak_days", 0),
        }


@bp.post("/state")
@login_required
def push_state():
    blob = request.get_data(as_text=True)
    if not blob or len(blob) > MAX_BLOB_BYTES:
        abort(413)
    state = PracticeBlob.decode(blob)
    if not isinstance(state, dict):
        abort(400)
    record = PracticeState.query.filter_by(student_id=current_user.id).first()
    if record is None:
        record = PracticeState(student_id=current_user.id)
        db.session.add(record)
    record.blob = blob
    record.summary = PracticeBlob.summarise(state)
    record.updated_at = datetime.utcnow()
    db.session.commit()
    return jsonify(record.summary)


@bp.get("/state")
@login_required
def pull_state():
    record = PracticeState.query.filter_by(student_id=current_user.id).first_or_404()
    return jsonify(blob=record.blob, updated_at=record.updated_at.isoformat())
