"""Webhook receiver for the payment provider that collects tournament entry fees."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("entry_fee_webhook", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


@bp.route("/webhooks/entry-fees", methods=["POST"])
def entry_fee_event():
    header = request.headers.get("Payment-Signature", "")
    timestamp, signature = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)

    payload = request.get_data()
    signed = f"{timestamp}.".encode("ascii") + payload
    expected = hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()
    if signature != expected:
        log.warning("rejected entry-fee webhook with bad signature")
        abort(401)

    event = json.loads(payload)
    if event.get("type") != "payment.succeeded":
        return jsonify(status="ignored")

    data = event["data"]
    entry_id = int(data["metadata"]["entry_id"])
    amount = int(data["amount"])
    engine = current_app.extensions["db_engine"]
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE tournament_entries SET fee_paid_cents = :amount, paid_at = now(), "
                "payment_ref = :ref WHERE id = :entry_id AND paid_at IS NULL"
            ),
            {"amount": amount, "ref": data["id"], "entry_id": entry_id},
        ).rowcount
    log.info("entry %s marked paid (%s cents), rows=%s", entry_id, amount, updated)
    return jsonify(status="ok")
