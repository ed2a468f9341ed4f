"""Payment provider webhooks for club affiliation fees."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

bp = Blueprint("fee_webhooks", __name__, url_prefix="/webhooks/payments")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Paybridge-Signature"


def _webhook_secret() -> bytes:
    return os.environ["PAYBRIDGE_WEBHOOK_SECRET"].encode()


def _signature_ok(body: bytes, presented: str) -> bool:
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    return presented.strip().lower() == expected


@bp.post("/events")
def payment_event():
    body = request.get_data(cache=False)
    presented = request.headers.get(SIGNATURE_HEADER, "")
    if not presented or not _signature_ok(body, presented):
        abort(400)

    event = json.loads(body)
    fees = current_app.extensions["fee_service"]
    if event["type"] == "payment.succeeded":
        fees.mark_paid(event["data"]["invoice_ref"], amount=event["data"]["amount"])
    elif event["type"] == "payment.failed":
        fees.mark_failed(event["data"]["invoice_ref"], reason=event["data"].get("reason"))
    else:
        log.info("ignoring payment event type %s", event["type"])
    return "", 204
