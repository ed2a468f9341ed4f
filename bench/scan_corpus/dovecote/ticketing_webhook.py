"""Webhook receiver for online ticket payments.

The payment provider posts order events (paid, refunded, disputed) for
timed-entry tickets and gift vouchers. Each post is signed with the
shared webhook secret configured in the provider dashboard.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("tickets.webhook")

WEBHOOK_SECRET = os.environ["TICKETING_WEBHOOK_SECRET"].encode("utf-8")
HANDLED_EVENTS = {"order.paid", "order.refunded", "order.disputed"}


def expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def mark_order(order_id: str, status: str) -> None:
    from estate.tickets.orders import update_status

    update_status(order_id, status)


@app.post("/hooks/ticketing")
def ticketing_hook():
    timestamp = request.headers.get("X-Tickets-Timestamp", "")
    signature = request.headers.get("X-Tickets-Signature", "")
    body = request.get_data()

    if not timestamp or not signature:
        abort(400)
    if signature != expected_signature(timestamp, body):
        log.warning("Rejected ticketing webhook: signature mismatch")
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        return jsonify(ignored=kind), 200

    order_id = event["data"]["order_id"]
    status = kind.split(".", 1)[1]
    mark_order(order_id, status)
    log.info("Order %s marked %s", order_id, status)
    return jsonify(ok=True), 200
