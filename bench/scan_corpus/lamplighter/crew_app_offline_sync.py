"""Upload endpoint for the crew app's offline job queue.

Crews often work in areas with no signal. The tablet app stores completed
jobs, readings and replaced parts locally and uploads the whole queue when
it reconnects at the depot.
"""
from __future__ import annotations

import jsonpickle
from flask import Blueprint, g, jsonify, request

from lamplighter.auth import crew_token_required
from lamplighter.extensions import db
from lamplighter.models import JobCompletion, PartUsage

bp = Blueprint("crew_sync", __name__, url_prefix="/crew/sync")

MAX_QUEUE_BYTES = 4 * 1024 * 1024


def _apply(entry, crew_id: int) -> None:
    completion = JobCompletion(
        job_id=entry.job_id,
        crew_id=crew_id,
        completed_at=entry.completed_at,
        outcome=entry.outcome,
        lamp_watts=entry.lamp_watts,
    )
    db.session.add(completion)
    for part in getattr(entry, "parts", []):
        db.session.add(PartUsage(job_id=entry.job_id, part_code=part.code, quantity=part.qty))


@bp.post("/queue")
@crew_token_required
def upload_queue():
    if request.content_length and request.content_length > MAX_QUEUE_BYTES:
        return jsonify({"error": "queue too large"}), 413
    queue = jsonpickle.decode(request.get_data(as_text=True))
    applied = 0
    for entry in queue.entries:
        _apply(entry, g.crew.id)
        applied += 1
    db.session.commit()
    return jsonify({"applied": applied, "device": queue.device_id})
