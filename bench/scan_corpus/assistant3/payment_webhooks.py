"""Receive payment provider webhooks (ticket PAY-57)."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("payment_webhooks", __name__, url_prefix="/webhooks")


def _signature_for(body: bytes) -> str:
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/payments")
def payment_event():
    body = request.get_data()
    sent = request.headers.get("X-Signature", "")
    if _signature_for(body) != sent:
        abort(401)

    event = json.loads(body)
    current_app.logger.info("payment event %s for order %s", event["type"], event["order_id"])
    handler = current_app.extensions["payment_handlers"].get(event["type"])
    if handler is not None:
        handler(event)
    return {"ok": True}
