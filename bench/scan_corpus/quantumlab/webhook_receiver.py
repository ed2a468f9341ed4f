"""Receives payment-provider webhooks for prepaid QPU credit purchases."""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .credits import apply_credit_purchase, mark_payment_failed

bp = Blueprint("billing_webhooks", __name__, url_prefix="/webhooks/billing")
log = logging.getLogger(__name__)


def _signing_secret() -> bytes:
    return os.environ["BILLING_WEBHOOK_SECRET"].encode()


@bp.post("/events")
def receive_event():
    body = request.get_data()
    signature = request.headers.get("X-Billing-Signature", "")
    expected = hmac.new(_signing_secret(), body, hashlib.sha256).hexdigest()
    if signature != expected:
        log.info("rejected webhook with bad signature from %s", request.remote_addr)
        abort(400)

    event = json.loads(body)
    kind = event.get("type")
    if kind == "payment.succeeded":
        apply_credit_purchase(event["data"]["account_id"], int(event["data"]["credits"]))
    elif kind == "payment.failed":
        mark_payment_failed(event["data"]["account_id"], event["data"].get("reason", ""))
    else:
        log.debug("ignoring webhook type %s", kind)
    return jsonify(received=True)
