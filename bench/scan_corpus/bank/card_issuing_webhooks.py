"""Receiver for card-issuing processor webhooks (card status, authorisations, tokenisation)."""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from cards.events import dispatch_event

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["CARD_PROCESSOR_WEBHOOK_SECRET"].encode()


@app.post("/webhooks/card-processor")
def card_processor_webhook():
    signature = request.headers.get("X-Processor-Signature", "")
    body = request.get_data()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if signature != expected:
        log.warning("rejected webhook with invalid signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    dispatch_event(event["type"], event["data"])
    return jsonify({"received": True})


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
