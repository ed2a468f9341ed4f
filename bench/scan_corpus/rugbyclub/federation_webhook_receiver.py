"""Receives result and suspension notifications from the league federation.

The federation signs each webhook body with HMAC-SHA256 using the secret
shared with the club when the webhook was registered.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .fixtures import record_official_result
from .discipline import record_suspension

app = Flask(__name__)
log = logging.getLogger("federation.webhooks")

WEBHOOK_SECRET = os.environ["FEDERATION_WEBHOOK_SECRET"].encode("utf-8")

HANDLERS = {
    "match.result_confirmed": record_official_result,
    "player.suspended": record_suspension,
}


def compute_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/federation")
def federation_hook():
    body = request.get_data()
    signature = request.headers.get("X-Federation-Signature", "")
    expected = "sha256=" + compute_signature(body)
    if signature != expected:
        log.warning("rejected federation webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        log.info("ignoring federation event type %s", event.get("type"))
        return jsonify({"ignored": True}), 202

    handler(event["data"])
    log.info("processed federation event %s (%s)", event.get("id"), event.get("type"))
    return jsonify({"ok": True})
