"""Webhook receiver for user-reported phishing relayed by the mail gateway."""
import hashlib
import hmac
import os
import time

from flask import Flask, abort, jsonify, request

from triage.queue import enqueue_report

app = Flask(__name__)

SIGNING_KEY = os.environ["MAIL_GATEWAY_SIGNING_KEY"].encode("utf-8")
MAX_SKEW_SECONDS = 300


def _expected(body: bytes, timestamp: str) -> str:
    return hmac.new(SIGNING_KEY, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _verify(req) -> None:
    timestamp = req.headers.get("X-Gateway-Timestamp", "")
    signature = req.headers.get("X-Gateway-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    if not hmac.compare_digest(_expected(req.get_data(), timestamp), signature):
        abort(401)


@app.post("/hooks/reported-mail")
def reported_mail():
    _verify(request)
    payload = request.get_json(silent=True) or {}
    if not payload.get("reporter") or not payload.get("message_id"):
        abort(422)
    ticket = enqueue_report(reporter=payload["reporter"], message_id=payload["message_id"], raw=payload)
    return jsonify({"ticket": ticket}), 202
