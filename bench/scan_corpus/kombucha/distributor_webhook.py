"""Webhook endpoint for order updates from our regional distributor.

The distributor signs each JSON body with HMAC-SHA256 using a shared
secret and sends the hex digest in the X-Distributor-Signature header.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

log = logging.getLogger("distributor.webhook")

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["DISTRIBUTOR_WEBHOOK_SECRET"].encode("utf-8")

HANDLED_EVENTS = {"order.shipped", "order.delivered", "order.cancelled", "keg.returned"}


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def apply_event(event: dict) -> None:
    kind = event["type"]
    order_id = event["data"]["order_id"]
    log.info("distributor event %s for order %s", kind, order_id)
    # persisted by the order service; kept thin here
    from orders.service import record_distributor_event

    record_distributor_event(order_id=order_id, kind=kind, payload=event["data"])


@app.post("/webhooks/distributor")
def distributor_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Distributor-Signature", "")
    if signature != expected_signature(body):
        log.warning("rejected distributor webhook with bad signature")
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    if event.get("type") not in HANDLED_EVENTS:
        return jsonify({"ignored": True}), 202
    apply_event(event)
    return jsonify({"ok": True})
