"""Webhook endpoint for the café till provider (sales and refunds).

The provider signs the raw body with HMAC-SHA256 and sends
``X-Till-Signature: sha256=<hex>`` with every delivery.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("till_webhook", __name__, url_prefix="/hooks/till")

HANDLED_EVENTS = ("sale.completed", "sale.refunded")


def signature_valid(secret: str, body: bytes, header_value: str) -> bool:
    expected = "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), header_value.encode("ascii", "ignore"))


def _store(event_type: str, data: dict) -> None:
    db = current_app.extensions["till_db"]
    db.execute(
        "INSERT INTO cafe_till_events (event_type, till_ref, occurred_at, total_pence, payload) "
        "VALUES (?, ?, ?, ?, ?)",
        (event_type, data["reference"], data["created_at"], int(data["total_pence"]), json.dumps(data)),
    )
    db.commit()


@bp.post("/events")
def till_events():
    body = request.get_data()
    header = request.headers.get("X-Till-Signature", "")
    if not signature_valid(current_app.config["TILL_WEBHOOK_SECRET"], body, header):
        log.warning("Till webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type == "ping":
        return jsonify(pong=True)
    if event_type not in HANDLED_EVENTS:
        return jsonify(ignored=event_type)
    _store(event_type, event["data"])
    return jsonify(received=True)
