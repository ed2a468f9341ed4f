"""Receives delivery-status webhooks from the label's digital distributor.

The distributor calls us when a release has been accepted, rejected or taken
down by a DSP. Requests are signed with HMAC-SHA256 over the raw body.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("distributor.webhooks")
engine = create_engine(os.environ["DELIVERY_DATABASE_URL"])
WEBHOOK_SECRET = os.environ["DISTRIBUTOR_WEBHOOK_SECRET"].encode("utf-8")

KNOWN_EVENTS = {"delivery.accepted", "delivery.rejected", "release.takedown"}


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/distributor")
def distributor_hook():
    body = request.get_data(cache=False)
    presented = request.headers.get("X-Distributor-Signature", "")
    if presented != _expected_signature(body):
        log.warning("rejected webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type not in KNOWN_EVENTS:
        return jsonify({"ignored": event_type}), 202

    data = event.get("data", {})
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO delivery_events (upc, dsp, event_type, reason, received_at)"
                " VALUES (:upc, :dsp, :event_type, :reason, now())"
            ),
            {
                "upc": data.get("upc"),
                "dsp": data.get("dsp"),
                "event_type": event_type,
                "reason": data.get("reason"),
            },
        )
        if event_type == "release.takedown":
            conn.execute(
                text("UPDATE releases SET live = false WHERE upc = :upc"),
                {"upc": data.get("upc")},
            )
    log.info("stored %s for UPC %s on %s", event_type, data.get("upc"), data.get("dsp"))
    return jsonify({"ok": True})
