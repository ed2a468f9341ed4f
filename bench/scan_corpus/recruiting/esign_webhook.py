"""Event callbacks from the e-signature provider when candidates sign offer letters."""

import base64
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, request

from .offers import mark_offer_declined, mark_offer_signed

log = logging.getLogger(__name__)
bp = Blueprint("esign_webhook", __name__)

SIGNATURE_HEADER = "X-Esign-Signature-256"
HANDLED_EVENTS = {"envelope.completed", "envelope.declined"}


def _expected_signature(body: bytes) -> str:
    secret = os.environ["ESIGN_WEBHOOK_SECRET"].encode("utf-8")
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode("ascii")


@bp.post("/webhooks/esign")
def esign_event():
    body = request.get_data()
    received = request.headers.get(SIGNATURE_HEADER, "")
    if not hmac.compare_digest(received.encode("ascii", "ignore"), _expected_signature(body).encode("ascii")):
        abort(401)

    event = request.get_json(force=True)
    event_type = event.get("event")
    if event_type not in HANDLED_EVENTS:
        return "", 204
    envelope_id = event["data"]["envelope_id"]
    if event_type == "envelope.completed":
        mark_offer_signed(envelope_id, signed_at=event["data"].get("completed_at"))
    else:
        mark_offer_declined(envelope_id, reason=event["data"].get("decline_reason"))
    log.info("processed %s for envelope %s", event_type, envelope_id)
    return "", 204
