"""Receive end-of-day snapshots uploaded by the in-store POS agents.

After the manager closes the day on the till, the agent compresses its
snapshot (open tabs, voids, comps, cash-up totals) and posts it here.
"""
import logging
import pickle
import zlib

from flask import Blueprint, abort, jsonify, request

from .auth import require_agent_token
from .storage import save_snapshot

bp = Blueprint("eod", __name__)
log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 8 * 1024 * 1024
REQUIRED_KEYS = {"business_date", "checks", "voids", "cash_up"}


@bp.post("/agents/<venue_id>/eod")
@require_agent_token
def upload_eod(venue_id: str):
    raw = request.get_data()
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        snapshot = pickle.loads(zlib.decompress(raw))
    except (zlib.error, pickle.UnpicklingError, EOFError):
        abort(400)
    if not isinstance(snapshot, dict) or not REQUIRED_KEYS <= snapshot.keys():
        abort(422)
    save_snapshot(venue_id, snapshot)
    log.info(
        "stored EOD snapshot for venue %s (%s, %d checks)",
        venue_id,
        snapshot["business_date"],
        len(snapshot["checks"]),
    )
    return jsonify(status="stored"), 201
