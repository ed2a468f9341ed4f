"""Webhook receiver for the cashless top-up payment provider."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from .topups import apply_topup, mark_refunded

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Topup-Signature"


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["TOPUP_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/topups")
def topup_webhook():
    body = request.get_data()
    sent = request.headers.get(SIGNATURE_HEADER, "")
    if sent != _expected_signature(body):
        abort(400)

    event = json.loads(body)
    kind = event.get("type")
    if kind == "topup.succeeded":
        apply_topup(event["data"]["wristband_uid"], event["data"]["amount"], event["id"])
    elif kind == "topup.refunded":
        mark_refunded(event["data"]["topup_id"], event["id"])
    else:
        log.info("ignoring webhook type %s", kind)
    return "", 204
