"""Webhook for membership renewal payments from the card processor.

Each request carries ``X-Signature: t=<timestamp>,v1=<hex hmac>`` where the
HMAC-SHA256 covers ``<timestamp>.<raw body>``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("renewals_webhook", __name__, url_prefix="/webhooks")
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300
HANDLED_EVENTS = ("payment.succeeded", "payment.refunded")


def _parse_header(header: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


def signature_valid(secret: bytes, body: bytes, header: str) -> bool:
    timestamp, received = _parse_header(header)
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@bp.post("/renewals")
def renewal_event():
    secret = os.environ["RENEWALS_WEBHOOK_SECRET"].encode("utf-8")
    body = request.get_data()
    if not signature_valid(secret, body, request.headers.get("X-Signature", "")):
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        return jsonify(status="ignored")

    invoice = event["data"]["invoice_ref"]
    paid = event_type == "payment.succeeded"
    db = current_app.extensions["club_db"]
    with db.begin() as conn:
        conn.execute(
            "UPDATE memberships SET paid = %s, paid_at = CASE WHEN %s THEN now() END "
            "WHERE invoice_ref = %s",
            (paid, paid, invoice),
        )
    log.info("renewal invoice %s -> %s", invoice, event_type)
    return jsonify(status="ok")
