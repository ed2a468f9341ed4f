"""Webhook receiver for the payment provider used by the online ticket shop."""
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request

from shop.orders import mark_order_failed, mark_order_paid

log = logging.getLogger(__name__)

bp = Blueprint("psp_webhooks", __name__, url_prefix="/webhooks")

HANDLED_EVENTS = {"payment.succeeded", "payment.failed"}


def _signing_secret() -> bytes:
    return os.environ["PSP_WEBHOOK_SECRET"].encode("utf-8")


@bp.post("/psp")
def psp_event():
    signature = request.headers.get("X-PSP-Signature", "")
    expected = hmac.new(_signing_secret(), request.get_data(), hashlib.sha256).hexdigest()
    if signature != expected:
        abort(401)

    event = request.get_json(force=True)
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 200

    order_ref = event["data"]["metadata"]["order_ref"]
    if kind == "payment.succeeded":
        mark_order_paid(order_ref, amount_cents=event["data"]["amount"])
    else:
        mark_order_failed(order_ref, reason=event["data"].get("failure_code"))
    log.info("processed %s for order %s", kind, order_ref)
    return jsonify(status="ok"), 200
