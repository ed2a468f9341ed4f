"""Receives batched tap-on/tap-off events pushed by the validator vendor's cloud."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from typing import Iterable

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("validator.webhook")

SIGNATURE_HEADER = "X-Vendor-Signature"
TIMESTAMP_HEADER = "X-Vendor-Timestamp"


def _shared_secret() -> bytes:
    return os.environ["VALIDATOR_WEBHOOK_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_shared_secret(), message, hashlib.sha256).hexdigest()


def _signature_matches(expected: str, provided: str) -> bool:
    return expected.lower() == provided.strip().lower()


def _store_taps(events: Iterable[dict]) -> int:
    count = 0
    for event in events:
        # handed off to the fare-calculation queue in production
        log.debug("tap %s at %s", event.get("card_hash"), event.get("stop_id"))
        count += 1
    return count


@app.post("/hooks/validator-taps")
def validator_taps():
    provided = request.headers.get(SIGNATURE_HEADER, "")
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    body = request.get_data(cache=True)
    if not provided or not timestamp:
        abort(400)
    if not _signature_matches(_expected_signature(timestamp, body), provided):
        abort(401)
    batch = json.loads(body)
    stored = _store_taps(batch.get("events", []))
    return jsonify({"accepted": stored, "batch": batch.get("batch_id")})
