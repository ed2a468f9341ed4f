"""Receives usage-report callbacks from the music licensing society.

The licensing service signs each callback body with HMAC-SHA256 using the
shared webhook secret configured for the venue.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .licensing import record_licence_status

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config["LICENCE_WEBHOOK_SECRET"] = os.environ["LICENCE_WEBHOOK_SECRET"]


def _expected_signature(body: bytes) -> str:
    secret = app.config["LICENCE_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/music-licence")
def music_licence_callback():
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Licence-Signature", "")
    if signature.startswith("sha256="):
        signature = signature[len("sha256="):]

    if signature != _expected_signature(body):
        log.warning("Rejected licence callback with bad signature from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    kind = event.get("type")
    if kind == "licence.renewed":
        record_licence_status(
            venue_ref=event["venue_ref"],
            status="active",
            valid_until=event["valid_until"],
        )
    elif kind == "licence.lapsed":
        record_licence_status(venue_ref=event["venue_ref"], status="lapsed", valid_until=None)
    elif kind == "usage_report.accepted":
        log.info("Usage report %s accepted", event.get("report_id"))
    else:
        log.info("Ignoring licence callback of type %s", kind)

    return jsonify(received=True)
