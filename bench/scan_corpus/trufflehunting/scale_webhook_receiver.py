"""Weigh-in webhook for the grading-room scales (HMAC-SHA256 signed)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from decimal import Decimal, InvalidOperation

from flask import Flask, abort, jsonify, request

from .grading import GradingQueue

app = Flask(__name__)
log = logging.getLogger("harvest.scale")

MAX_SKEW_S = 300


class ScaleSignature:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, presented: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), presented)


signer = ScaleSignature(os.environ["SCALE_WEBHOOK_SECRET"].encode("utf-8"))
queue = GradingQueue.from_env()


@app.post("/hooks/scale/weigh-in")
def weigh_in():
    body = request.get_data()
    ts = request.headers.get("X-Scale-Timestamp", "")
    sig = request.headers.get("X-Scale-Signature", "")
    if not signer.valid(ts, body, sig):
        log.warning("rejected weigh-in with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    try:
        lot_id = str(event["lot_id"])
        grams = Decimal(str(event["grams"]))
    except (KeyError, InvalidOperation) as exc:
        abort(400, f"malformed weigh-in: {exc}")
    if not Decimal("0") < grams <= Decimal("2000"):
        abort(422, "weight outside the plausible range for a single lot")

    queue.enqueue(lot_id=lot_id, grams=grams, scale_id=str(event.get("scale_id", "")))
    return jsonify({"accepted": lot_id}), 202
