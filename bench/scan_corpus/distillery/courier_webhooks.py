"""Delivery status callbacks from the pallet courier.

The courier signs each callback with HMAC-SHA256 over the raw body using the
shared secret from our account settings; the hex digest arrives in a header.
"""
import hashlib
import hmac
import logging

from flask import Blueprint, abort, current_app, request

from .shipments import mark_delivered, mark_exception

bp = Blueprint("courier_hooks", __name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Courier-Signature"


def _signature_ok(body: bytes, provided: str) -> bool:
    secret = current_app.config["COURIER_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided.strip().lower())


@bp.post("/hooks/courier/status")
def status_callback():
    if not _signature_ok(request.get_data(), request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)

    event = request.get_json(force=True)
    consignment = event["consignment_number"]
    if event["status"] == "DELIVERED":
        mark_delivered(consignment, signed_by=event.get("signatory"))
    elif event["status"] in ("FAILED", "RETURNED"):
        mark_exception(consignment, reason=event.get("reason", "unspecified"))
    else:
        log.debug("ignoring courier status %s for %s", event["status"], consignment)
    return "", 204
