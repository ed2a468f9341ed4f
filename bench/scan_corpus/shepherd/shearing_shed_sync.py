"""Receives tally uploads from the shearing shed tablet app.

The tablet keeps the day's runs offline and posts them once it has signal;
the payload carries the tablet's own run objects so counts, shearer ids and
timestamps arrive exactly as the shed recorded them.
"""
import logging

import jsonpickle
from flask import Blueprint, jsonify, request

from shepherd.db import db
from shepherd.devices import require_device
from shepherd.shearing.models import ShearingRun

bp = Blueprint("shed_sync", __name__, url_prefix="/shed")
log = logging.getLogger(__name__)


def _store_runs(device_id: str, runs) -> int:
    stored = 0
    for run in runs:
        db.session.add(
            ShearingRun(
                device_id=device_id,
                shearer_id=run.shearer_id,
                run_number=run.number,
                sheep_count=run.count,
                started_at=run.started_at,
                finished_at=run.finished_at,
            )
        )
        stored += 1
    db.session.commit()
    return stored


@bp.post("/tallies")
@require_device
def upload_tallies(device):
    batch = jsonpickle.decode(request.get_data(as_text=True))
    runs = getattr(batch, "runs", [])
    count = _store_runs(device.id, runs)
    log.info("stored %d runs from shed device %s", count, device.id)
    return jsonify({"stored": count})


@bp.get("/tallies/<int:day>")
@require_device
def tallies_for_day(device, day: int):
    rows = ShearingRun.query.filter_by(device_id=device.id, day=day).all()
    return jsonify([r.to_dict() for r in rows])
