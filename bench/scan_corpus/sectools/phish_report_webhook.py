"""Receives 'Report Phish' button submissions relayed by the mail gateway."""
import hashlib
import hmac
import os
import time

from flask import Flask, abort, jsonify, request

from triage.queue import enqueue_report

app = Flask(__name__)

WEBHOOK_SECRET = os.environ["PHISH_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300


def _signature(body: bytes, timestamp: str) -> str:
    return hmac.new(WEBHOOK_SECRET, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@app.post("/hooks/phish-report")
def phish_report():
    timestamp = request.headers.get("X-Gateway-Timestamp", "")
    signature = request.headers.get("X-Gateway-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    if _signature(request.get_data(), timestamp) != signature:
        abort(401)

    payload = request.get_json(silent=True) or {}
    reporter = payload.get("reporter")
    message_id = payload.get("message_id")
    if not reporter or not message_id:
        abort(422)

    ticket = enqueue_report(reporter=reporter, message_id=message_id, raw=payload)
    return jsonify({"ticket": ticket}), 202
