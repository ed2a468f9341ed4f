"""Endpoint for live race arrivals pushed by the ETS vendor's cloud service.

Each request carries ``X-ETS-Timestamp`` and ``X-ETS-Signature`` headers; the
signature is an HMAC-SHA256 over ``timestamp + "." + body``.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("ets.live")

SIGNING_SECRET = os.environ["ETS_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300


def compute_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(SIGNING_SECRET, message, hashlib.sha256).hexdigest()


def verify_request(timestamp: str, body: bytes, signature: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > MAX_SKEW_SECONDS:
        return False
    return hmac.compare_digest(compute_signature(timestamp, body), signature)


@app.post("/hooks/ets/live-arrival")
def live_arrival():
    body = request.get_data()
    if not verify_request(request.headers.get("X-ETS-Timestamp", ""), body,
                          request.headers.get("X-ETS-Signature", "")):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "arrival":
        return jsonify(ignored=True), 200
    ring = str(event["ring"]).upper()
    log.info("live arrival race=%s ring=%s clocked=%s",
             event["race_id"], ring, event["clocked_at"])
    return jsonify(received=ring), 202
