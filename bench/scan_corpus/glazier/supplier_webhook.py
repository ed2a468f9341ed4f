"""Webhook receiver for the glass supplier's order status feed.

Our toughened / laminated glass is cut and processed by the supplier; they
post status changes (cut, toughened, dispatched) for each order line and
sign the body with a shared secret.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from .orders import mark_line_status

app = Flask(__name__)
log = logging.getLogger("supplier.webhook")

WEBHOOK_SECRET = os.environ["SUPPLIER_WEBHOOK_SECRET"].encode()
KNOWN_STATUSES = {"received", "cut", "toughened", "laminated", "dispatched", "delivered"}


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_valid(body: bytes, header_value: str | None) -> bool:
    if not header_value or not header_value.startswith("sha256="):
        return False
    provided = header_value.split("=", 1)[1]
    return provided == expected_signature(body)


@app.post("/webhooks/supplier/order-status")
def order_status():
    body = request.get_data()
    if not signature_valid(body, request.headers.get("X-Supplier-Signature")):
        log.warning("Rejected supplier webhook from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    status = event.get("status")
    if status not in KNOWN_STATUSES:
        log.info("Ignoring unknown supplier status %r", status)
        return {"ok": True}
    for line in event.get("lines", []):
        mark_line_status(
            order_ref=event["order_ref"],
            line_no=int(line["line_no"]),
            status=status,
            eta=line.get("eta"),
        )
    return {"ok": True}
