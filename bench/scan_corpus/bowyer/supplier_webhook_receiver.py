"""Receive stock-change webhooks from the stave and timber supplier.

The supplier signs each POST body with HMAC-SHA256 using the shared secret we
configured in their partner dashboard and sends it as X-Timber-Signature.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from inventory import apply_stock_change

app = Flask(__name__)
log = logging.getLogger("supplier.webhooks")

WEBHOOK_SECRET = os.environ["TIMBER_WEBHOOK_SECRET"].encode()
ACCEPTED_EVENTS = {"stave.added", "stave.sold", "stave.price_changed"}


def expected_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, received: str | None) -> bool:
    if not received:
        return False
    return received.strip().lower() == expected_signature(body)


@app.post("/webhooks/timber-supplier")
def timber_supplier_webhook():
    raw = request.get_data(cache=False)
    if not signature_ok(raw, request.headers.get("X-Timber-Signature")):
        log.warning("rejected supplier webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(raw)
    kind = event.get("type")
    if kind not in ACCEPTED_EVENTS:
        return jsonify({"ignored": kind}), 202

    stave = event["data"]
    apply_stock_change(
        supplier_ref=stave["ref"],
        species=stave.get("species"),
        length_mm=stave.get("length_mm"),
        price_pence=stave.get("price_pence"),
        status=kind.split(".", 1)[1],
    )
    log.info("applied %s for stave %s", kind, stave["ref"])
    return jsonify({"ok": True})
