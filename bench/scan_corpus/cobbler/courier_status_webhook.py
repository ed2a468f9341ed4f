"""Receiver for parcel status callbacks from the courier partner.

The courier signs every callback body with HMAC-SHA256 using the shared
webhook secret and sends the hex digest in the X-Courier-Signature header.
"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, request

from cobbler.config import settings
from cobbler.repositories import parcel_repo, ticket_repo

bp = Blueprint("courier_webhook", __name__)

STATUS_MAP = {
    "collected": "in_transit",
    "delivered": "delivered",
    "failed_attempt": "awaiting_redelivery",
}


def expected_signature(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@bp.post("/hooks/courier/status")
def courier_status():
    body = request.get_data()
    supplied = request.headers.get("X-Courier-Signature", "")
    if supplied != expected_signature(body, settings.COURIER_WEBHOOK_SECRET):
        abort(401)
    event = json.loads(body)
    parcel = parcel_repo.find_by_reference(event["reference"])
    if parcel is None:
        return {"status": "ignored"}, 202
    new_state = STATUS_MAP.get(event.get("status"))
    if new_state:
        parcel_repo.set_state(parcel.id, new_state, event.get("timestamp"))
        if new_state == "delivered":
            ticket_repo.close(parcel.ticket_id, reason="returned to customer")
    return {"status": "ok"}
