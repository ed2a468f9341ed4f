"""Tracking updates from the courier that delivers finished leather to buyers.

Rolls of bridle butts and boxed shoulders go out by courier; the courier posts
status changes so the sales office can tell a saddler when their order lands.
"""
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, jsonify, request

from tanyard.sales.orders import mark_delivered, record_tracking_event

app = Flask(__name__)
log = logging.getLogger(__name__)
COURIER_SIGNING_SECRET = os.environ["COURIER_SIGNING_SECRET"].encode()


def _signature_ok(body: bytes, header_value: str) -> bool:
    digest = hmac.new(COURIER_SIGNING_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, header_value)


@app.post("/webhooks/courier")
def courier_event():
    if not _signature_ok(request.get_data(), request.headers.get("X-Courier-Signature", "")):
        abort(401)
    event = request.get_json()
    consignment = event["consignment_ref"]
    record_tracking_event(consignment, event["status"], event.get("location"))
    if event["status"] == "DELIVERED":
        mark_delivered(consignment, signed_by=event.get("signed_by"))
    log.info("Courier event %s for %s", event["status"], consignment)
    return jsonify({"ok": True})
