"""Endpoint where handheld scanners upload scans recorded while offline.

When the venue Wi-Fi drops, scanners keep validating against their local
manifest and queue scan records; once back online they upload the queue
as one batch.
"""
import base64
import logging
import pickle
from datetime import datetime

from flask import Blueprint, g, jsonify, request

from .auth import require_device
from .ingress import record_scan

log = logging.getLogger(__name__)
bp = Blueprint("scan_batches", __name__, url_prefix="/api/scanner")


def _load_batch(body: dict) -> list[dict]:
    blob = base64.b64decode(body["batch"])
    return pickle.loads(blob)


@bp.post("/batches")
@require_device
def upload_batch():
    body = request.get_json(force=True)
    try:
        scans = _load_batch(body)
    except (KeyError, ValueError) as exc:
        return jsonify(error=f"malformed batch: {exc}"), 400

    accepted, duplicates = 0, 0
    for scan in scans:
        created = record_scan(
            device_id=g.device.id,
            ticket_id=scan["ticket_id"],
            gate=scan.get("gate"),
            scanned_at=datetime.fromisoformat(scan["scanned_at"]),
            offline=True,
        )
        if created:
            accepted += 1
        else:
            duplicates += 1
    log.info("device %s uploaded %d scans (%d duplicates)", g.device.id, accepted, duplicates)
    return jsonify(accepted=accepted, duplicates=duplicates)
