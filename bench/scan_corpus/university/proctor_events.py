"""Ingest endpoint for proctoring client telemetry.

The desktop client batches events (focus lost, second face detected, screen
share stopped...) and posts them every few seconds during a sitting.
"""
import logging

import jsonpickle
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import ProctorEvent, Sitting, db

log = logging.getLogger(__name__)
bp = Blueprint("proctor_events", __name__, url_prefix="/api/proctor")

MAX_BATCH = 500


@bp.post("/sittings/<int:sitting_id>/events")
@login_required
def ingest_events(sitting_id: int):
    sitting = db.session.get(Sitting, sitting_id)
    if sitting is None or sitting.student_id != current_user.id:
        abort(404)
    if not sitting.is_active:
        abort(409)

    batch = jsonpickle.decode(request.get_data(as_text=True))
    if not isinstance(batch, list) or len(batch) > MAX_BATCH:
        abort(400)

    for item in batch:
        db.session.add(ProctorEvent(
            sitting_id=sitting.id,
            kind=str(item.get("kind", "unknown"))[:32],
            occurred_at=item.get("ts"),
            detail=item.get("detail"),
        ))
    db.session.commit()
    log.info("sitting %s: stored %d events", sitting.id, len(batch))
    return jsonify(stored=len(batch))
