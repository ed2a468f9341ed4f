"""Receives offline checkout batches uploaded by van tablets.

Tablets record loans and returns while the van is out of signal and upload
them as JSON batches when they reconnect.  Each batch is signed with an HMAC
using the per-tablet key provisioned at enrolment.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, jsonify, request

from .circulation import apply_offline_transactions
from .tablets import TabletRegistry

log = logging.getLogger(__name__)
bp = Blueprint("offline_sync", __name__, url_prefix="/sync")
registry = TabletRegistry()


def batch_signature(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def signature_ok(key: bytes, body: bytes, presented: str) -> bool:
    expected = batch_signature(key, body)
    return expected == presented.lower()


@bp.post("/batches")
def upload_batch():
    tablet_id = request.headers.get("X-Tablet-Id", "")
    presented = request.headers.get("X-Batch-Signature", "")
    tablet = registry.get(tablet_id)
    if tablet is None or tablet.revoked:
        abort(401)
    body = request.get_data(cache=False)
    if not signature_ok(tablet.hmac_key, body, presented):
        log.warning("rejected batch with bad signature from tablet %s", tablet_id)
        abort(401)
    try:
        batch = json.loads(body)
    except json.JSONDecodeError:
        abort(400)
    if batch.get("tablet_id") != tablet_id:
        abort(400)
    result = apply_offline_transactions(
        van_code=tablet.van_code,
        batch_id=batch["batch_id"],
        transactions=batch.get("transactions", []),
    )
    log.info("applied batch %s from tablet %s: %d loans, %d returns",
             batch["batch_id"], tablet_id, result.loans, result.returns)
    return jsonify({"batch_id": batch["batch_id"], "accepted": result.accepted,
                    "conflicts": result.conflicts})
