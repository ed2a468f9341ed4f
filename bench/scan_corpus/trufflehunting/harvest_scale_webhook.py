"""Receives weigh-in events from the grading-room scales.

The scale gateway POSTs a JSON body for every weighed truffle lot and signs it
with HMAC-SHA256 using a shared secret; the hex digest arrives in the
``X-Scale-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from decimal import Decimal

from flask import Flask, abort, jsonify, request

from .grading import GradingQueue

app = Flask(__name__)
log = logging.getLogger("harvest.scale")

SCALE_SECRET = os.environ["SCALE_WEBHOOK_SECRET"].encode("utf-8")
queue = GradingQueue.from_env()


def _expected_signature(body: bytes) -> str:
    return hmac.new(SCALE_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/scale/weigh-in")
def weigh_in():
    body = request.get_data()
    signature = request.headers.get("X-Scale-Signature", "")
    if _expected_signature(body) != signature:
        log.warning("rejected weigh-in with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    try:
        lot_id = str(event["lot_id"])
        grams = Decimal(str(event["grams"]))
        scale_id = str(event["scale_id"])
    except (KeyError, ValueError) as exc:
        abort(400, f"malformed weigh-in: {exc}")

    if grams <= 0 or grams > Decimal("2000"):
        abort(422, "weight outside the plausible range for a single lot")

    queue.enqueue(lot_id=lot_id, grams=grams, scale_id=scale_id)
    log.info("lot %s weighed at %s g on scale %s", lot_id, grams, scale_id)
    return jsonify({"accepted": lot_id}), 202


@app.get("/hooks/scale/health")
def health():
    return jsonify({"queue_depth": queue.depth()})
