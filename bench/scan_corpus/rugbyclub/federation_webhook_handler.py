"""Handles signed notifications from the league federation.

Result confirmations and disciplinary decisions arrive as JSON bodies
signed with HMAC-SHA256 using the club's webhook secret.
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


def expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/federation")
def federation_hook():
    body = request.get_data()
    presented = request.headers.get("X-Federation-Signature", "")
    if not hmac.compare_digest(presented, expected_signature(body)):
        log.warning("rejected federation webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type == "match.result_confirmed":
        record_official_result(event["data"])
    elif event_type == "player.suspended":
        record_suspension(event["data"])
    elif event_type == "ping":
        return jsonify({"pong": True})
    else:
        log.info("ignoring federation event type %s", event_type)
        return jsonify({"ignored": True}), 202

    log.info("processed federation event %s (%s)", event.get("id"), event_type)
    return jsonify({"ok": True})
