"""Webhook endpoint for the card acquirer that settles wholesale invoices."""
import hashlib
import hmac
import logging
import time

from flask import Blueprint, abort, current_app, request

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhooks", __name__)

TOLERANCE_SECONDS = 300


def _parse_header(value: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in value.split(","):
        key, _, val = part.strip().partition("=")
        if key == "t" and val.isdigit():
            timestamp = int(val)
        elif key == "v1":
            signatures.append(val)
    return timestamp, signatures


def _verify(req) -> None:
    timestamp, signatures = _parse_header(req.headers.get("Acquirer-Signature", ""))
    if not signatures or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(401)
    secret = current_app.config["ACQUIRER_WEBHOOK_SECRET"].encode("utf-8")
    signed = f"{timestamp}.".encode("ascii") + req.get_data()
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, sig) for sig in signatures):
        abort(401)


@bp.post("/webhooks/acquirer")
def acquirer_event():
    _verify(request)
    event = request.get_json(force=True)
    if event.get("type") == "payment.settled":
        invoice_no = event["data"]["reference"]
        current_app.extensions["invoices"].mark_paid(invoice_no, amount_cents=int(event["data"]["amount"]))
        log.info("invoice %s settled", invoice_no)
    return "", 204
