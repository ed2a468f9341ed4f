"""Receive stock level updates from the slate quarry's dispatch system.

The quarry pushes a webhook whenever a pallet of slates is allocated, loaded
or backordered. Each request is signed with an HMAC of the raw body using a
shared secret agreed with the quarry's IT team.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from stock.models import record_quarry_event

app = Flask(__name__)
log = logging.getLogger("quarry.webhook")

QUARRY_SECRET = os.environ["QUARRY_WEBHOOK_SECRET"].encode()
KNOWN_EVENTS = {"pallet.allocated", "pallet.loaded", "pallet.backordered"}


def expected_signature(body: bytes, secret: bytes = QUARRY_SECRET) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header_value: str) -> bool:
    scheme, _, received = header_value.partition("=")
    if scheme != "sha256":
        return False
    return received == expected_signature(body)


@app.post("/webhooks/quarry")
def quarry_event():
    body = request.get_data()
    if not signature_ok(body, request.headers.get("X-Quarry-Signature", "")):
        log.warning("rejected quarry webhook from %s", request.remote_addr)
        abort(401)
    event = json.loads(body)
    if event.get("type") not in KNOWN_EVENTS:
        return jsonify(status="ignored"), 202
    record_quarry_event(
        kind=event["type"],
        quarry_order=event["order_ref"],
        slate_grade=event.get("grade"),
        size_mm=event.get("size"),
        pallets=int(event.get("pallets", 0)),
    )
    log.info("quarry %s for order %s", event["type"], event["order_ref"])
    return jsonify(status="ok")
