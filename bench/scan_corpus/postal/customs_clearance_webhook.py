"""Webhook for clearance decisions from the customs authority.

The customs authority's system notifies us when an inbound item is released,
held for inspection or needs duty paid.  Notifications are signed with an
HMAC-SHA256 key exchanged out of band.
"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from .holds import place_customs_hold, release_item, request_duty_payment

bp = Blueprint("customs_webhook", __name__)

SIGNATURE_HEADER = "X-Customs-Signature"


def _signing_key() -> bytes:
    return os.environ["CUSTOMS_WEBHOOK_KEY"].encode()


def _signature_ok(body: bytes, provided: str) -> bool:
    expected = hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@bp.post("/webhooks/customs/clearance")
def clearance_decision():
    provided = request.headers.get(SIGNATURE_HEADER, "")
    if not _signature_ok(request.get_data(), provided):
        abort(403)
    event = request.get_json(force=True)
    decision = event.get("decision")
    item = event.get("item_id", "")
    if decision == "RELEASED":
        release_item(item)
    elif decision == "HOLD":
        place_customs_hold(item, reason=event.get("reason", "inspection"))
    elif decision == "DUTY_DUE":
        request_duty_payment(item, amount=event["amount"], currency=event["currency"])
    else:
        abort(400)
    return jsonify(status="accepted"), 202
