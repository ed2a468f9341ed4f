"""Sync endpoint for the offline field-survey tablets.

Tablets collect household assessments while out of coverage and upload the
queued records in batches once they are back on a network.
"""
import logging
import pickle
import zlib
from datetime import datetime, timezone

from flask import Blueprint, abort, g, jsonify, request

from .devices import authenticate_device
from .models import Assessment, SyncBatch, db

bp = Blueprint("field_sync", __name__, url_prefix="/api/field")
log = logging.getLogger(__name__)

MAX_BATCH_BYTES = 8 * 1024 * 1024


@bp.before_request
def _device_auth():
    device = authenticate_device(request.headers.get("Authorization", ""))
    if device is None:
        abort(401)
    g.device = device


def _store(records: list[dict], batch: SyncBatch) -> int:
    stored = 0
    for rec in records:
        if Assessment.query.filter_by(client_uuid=rec["uuid"]).first():
            continue
        db.session.add(Assessment(
            client_uuid=rec["uuid"],
            household_code=rec["household_code"],
            answers=rec["answers"],
            collected_at=rec["collected_at"],
            device_id=g.device.id,
            batch=batch,
        ))
        stored += 1
    return stored


@bp.post("/batches")
def upload_batch():
    if request.content_length and request.content_length > MAX_BATCH_BYTES:
        abort(413)
    raw = zlib.decompress(request.get_data())
    records = pickle.loads(raw)
    if not isinstance(records, list):
        abort(400)

    batch = SyncBatch(device_id=g.device.id, received_at=datetime.now(timezone.utc))
    db.session.add(batch)
    stored = _store(records, batch)
    db.session.commit()
    log.info("Device %s uploaded %d records (%d new)", g.device.id, len(records), stored)
    return jsonify(batch_id=batch.id, stored=stored), 201
