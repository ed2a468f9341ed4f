"""Flask blueprint receiving payment notifications for web-shop orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("payment_webhook", __name__, url_prefix="/hooks/payments")
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()


def _check_signature(header: str, body: bytes) -> None:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp, provided = parts["t"], parts["v1"]
    except (KeyError, ValueError):
        abort(400)
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    if _expected_signature(timestamp, body) != provided:
        abort(401)


def _mark_order_paid(order_ref: str, amount: int) -> None:
    db = current_app.extensions["sqlalchemy"]
    db.session.execute(
        db.text("UPDATE orders SET status = 'paid', paid_pence = :amt WHERE ref = :ref"),
        {"amt": amount, "ref": order_ref},
    )
    db.session.commit()


@bp.post("/")
def receive():
    body = request.get_data()
    _check_signature(request.headers.get("Payment-Signature", ""), body)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        _mark_order_paid(data["metadata"]["order_ref"], int(data["amount"]))
        log.info("order %s marked paid", data["metadata"]["order_ref"])
    return jsonify(received=True)
