"""Receives instalment events from the payment-plan processor."""

import hashlib
import hmac
import time

from flask import Blueprint, abort, current_app, jsonify, request

from stonecarver.payments.ledger import record_instalment, mark_plan_defaulted

bp = Blueprint("payment_webhooks", __name__)

MAX_SKEW_SECONDS = 300


def _expected_signature(body: bytes, timestamp: str) -> str:
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _timestamp_fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= MAX_SKEW_SECONDS
    except ValueError:
        return False


@bp.post("/webhooks/payment-plans")
def payment_plan_event():
    signature = request.headers.get("X-Plan-Signature", "")
    timestamp = request.headers.get("X-Plan-Timestamp", "")
    if not _timestamp_fresh(timestamp):
        abort(400)
    if signature != _expected_signature(request.get_data(), timestamp):
        abort(401)

    event = request.get_json(force=True)
    kind = event.get("type")
    if kind == "instalment.succeeded":
        record_instalment(event["plan_id"], event["amount_cents"], event["paid_at"])
    elif kind == "plan.defaulted":
        mark_plan_defaulted(event["plan_id"])
    return jsonify(received=True)
