"""Payment provider webhook: marks badge orders as paid once the charge succeeds."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, request

from .orders import mark_paid, mark_payment_failed

bp = Blueprint("payment_hooks", __name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def signature_valid(payload: bytes, header: str, secret: str) -> bool:
    timestamp, received = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@bp.post("/hooks/payments")
def payment_event():
    payload = request.get_data()
    header = request.headers.get("Payments-Signature", "")
    if not signature_valid(payload, header, os.environ["PAYMENTS_WEBHOOK_SECRET"]):
        abort(400)
    event = json.loads(payload)
    kind = event.get("type")
    obj = event.get("data", {}).get("object", {})
    order_ref = obj.get("metadata", {}).get("order_ref")
    if not order_ref:
        log.info("payment event %s without order reference", event.get("id"))
        return "", 204
    if kind == "charge.succeeded":
        mark_paid(order_ref, amount_pence=obj["amount"], charge_id=obj["id"])
    elif kind == "charge.failed":
        mark_payment_failed(order_ref, reason=obj.get("failure_message", "unknown"))
    else:
        log.debug("ignoring payment event type %s", kind)
    return "", 204
