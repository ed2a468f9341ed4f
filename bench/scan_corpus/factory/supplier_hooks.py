"""Webhook endpoint for delivery schedule updates from the supplier portal."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from .scheduling import apply_delivery_update

bp = Blueprint("supplier_hooks", __name__)
SIGNATURE_HEADER = "X-Portal-Signature"


def _valid_signature(body: bytes, received: str) -> bool:
    secret = os.environ["SUPPLIER_PORTAL_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@bp.post("/hooks/delivery-schedule")
def delivery_schedule():
    received = request.headers.get(SIGNATURE_HEADER, "")
    if not received or not _valid_signature(request.get_data(), received):
        abort(401)
    event = request.get_json(force=True)
    if event.get("type") != "schedule.updated":
        return jsonify({"ignored": True}), 200
    apply_delivery_update(event["supplier_code"], event["po"], event["deliveries"])
    return "", 204
