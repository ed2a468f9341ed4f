"""Receives sale notifications from the café till provider.

Each webhook is signed with HMAC-SHA256 over the raw body; the signature
arrives in the ``X-Till-Signature`` header as ``sha256=<hex>``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("till_webhooks", __name__, url_prefix="/hooks/till")


def _expected_signature(secret: str, body: bytes) -> str:
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def _record_sale(event: dict) -> None:
    db = current_app.extensions["till_db"]
    db.execute(
        "INSERT INTO cafe_sales (till_ref, taken_at, total_pence, items) VALUES (?, ?, ?, ?)",
        (
            event["reference"],
            event["created_at"],
            int(event["total_pence"]),
            json.dumps(event.get("lines", [])),
        ),
    )
    db.commit()


@bp.post("/sales")
def till_sale_webhook():
    body = request.get_data()
    received = request.headers.get("X-Till-Signature", "")
    expected = _expected_signature(current_app.config["TILL_WEBHOOK_SECRET"], body)
    if received != expected:
        log.warning("Rejected till webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("type") == "sale.completed":
        _record_sale(event["data"])
    elif event.get("type") == "sale.refunded":
        log.info("Refund for till sale %s noted", event["data"].get("reference"))
    return jsonify(received=True)
