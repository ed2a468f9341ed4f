"""Receives stock snapshots from the shop-floor tills.

The till agent posts its local stock counts every few minutes so the website
doesn't sell the last copy of something that just walked out of the door.
"""
import logging
import pickle
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from .auth import require_device_token
from .inventory import apply_shop_floor_counts, record_sync

bp = Blueprint("till_sync", __name__, url_prefix="/internal/tills")
log = logging.getLogger(__name__)

MAX_SNAPSHOT_BYTES = 5 * 1024 * 1024
REQUIRED_KEYS = {"till_id", "taken_at", "counts"}


def _validate(snapshot: dict, till_id: str) -> None:
    missing = REQUIRED_KEYS - snapshot.keys()
    if missing:
        abort(400, description=f"snapshot missing {sorted(missing)}")
    if snapshot["till_id"] != till_id:
        abort(400, description="till id mismatch")


@bp.post("/<till_id>/snapshot")
@require_device_token
def receive_snapshot(till_id: str):
    if (request.content_length or 0) > MAX_SNAPSHOT_BYTES:
        abort(413)
    snapshot = pickle.loads(request.get_data())
    _validate(snapshot, till_id)
    counts = {str(isbn): int(qty) for isbn, qty in snapshot["counts"].items()}
    changed = apply_shop_floor_counts(till_id, counts)
    record_sync(till_id, received_at=datetime.now(timezone.utc), lines=len(counts))
    log.info("till %s synced %d lines, %d changed", till_id, len(counts), changed)
    return jsonify(received=len(counts), changed=changed)


@bp.get("/<till_id>/health")
@require_device_token
def health(till_id: str):
    return jsonify(till=till_id, server_time=datetime.now(timezone.utc).isoformat())
