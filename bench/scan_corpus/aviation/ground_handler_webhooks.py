"""Webhook receiver for turnaround milestones from the ground handling partner.

The handler posts events such as CHOCKS_ON, BOARDING_START, DOORS_CLOSED.
Each request carries an HMAC-SHA256 of the raw body in X-GH-Signature.
"""
import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

from .milestones import record_milestone

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["GH_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/ground-handling")
def ground_handling_event():
    body = request.get_data()
    signature = request.headers.get("X-GH-Signature", "")
    if signature != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    record_milestone(
        flight_key=event["flight"],
        milestone=event["milestone"],
        at=event["timestamp"],
        source="ground-handler",
    )
    return "", 204
