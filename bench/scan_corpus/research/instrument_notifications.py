"""Webhook endpoint for instrument acquisition PCs.

Instruments sign each request body with HMAC-SHA256 and include a Unix
timestamp so that captured requests cannot be replayed much later.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, request

bp = Blueprint("instrument_notifications", __name__)

MAX_SKEW_SECONDS = 300


def _signature_ok(timestamp: str, body: bytes, provided: str) -> bool:
    secret = os.environ["INSTRUMENT_WEBHOOK_SECRET"].encode("utf-8")
    message = timestamp.encode("ascii") + b"." + body
    expected = hmac.new(secret, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@bp.post("/hooks/instruments/<instrument_id>")
def instrument_event(instrument_id: str):
    timestamp = request.headers.get("X-Instrument-Timestamp", "")
    provided = request.headers.get("X-Instrument-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    body = request.get_data(cache=False)
    if not _signature_ok(timestamp, body, provided):
        abort(401)

    event = request.get_json(force=True, silent=True) or {}
    if event.get("instrument_id") != instrument_id:
        abort(400, "instrument id mismatch")
    if event.get("type") == "run.completed":
        current_app.extensions["ingest_queue"].enqueue("ingest.process_run", event)
    return "", 204
