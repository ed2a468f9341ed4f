"""Receiver for alarm webhooks from the freezer monitoring service.

The vendor signs each delivery with HMAC-SHA256 over the raw body using the
shared secret configured in their portal.
"""
import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

from alarms import dispatch_alarm

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["FREEZER_WEBHOOK_SECRET"].encode()


def _signature_for(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/freezer-alarm")
def freezer_alarm():
    sent = request.headers.get("X-Signature-SHA256", "")
    body = request.get_data(cache=False)
    if _signature_for(body) != sent.lower():
        abort(401)

    event = json.loads(body)
    if event.get("type") not in {"temperature.high", "temperature.low", "door.open", "power.loss"}:
        return {"ignored": True}, 202

    dispatch_alarm(
        unit_id=event["unit_id"],
        kind=event["type"],
        reading=event.get("reading_c"),
        at=event["timestamp"],
    )
    return {"ok": True}
