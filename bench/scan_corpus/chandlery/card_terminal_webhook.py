"""Receives payment events from the card-terminal provider.

The counter terminals and the handheld on the delivery cart settle through
the provider, which posts each authorisation, capture and refund to this
endpoint with an HMAC-SHA256 signature in the ``X-Terminal-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["TERMINAL_WEBHOOK_SECRET"] = os.environ["TERMINAL_WEBHOOK_SECRET"]

log = logging.getLogger("chandlery.terminal")

HANDLED_EVENTS = {"payment.authorised", "payment.captured", "payment.refunded"}


def _expected_signature(body: bytes) -> str:
    key = app.config["TERMINAL_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _record_event(event: dict) -> None:
    ledger = app.extensions["till_ledger"]
    data = event["data"]
    if event["type"] == "payment.refunded":
        ledger.record_refund(data["reference"], data["amount_minor"], data["terminal_id"])
    else:
        ledger.record_payment(
            data["reference"],
            data["amount_minor"],
            data["terminal_id"],
            captured=event["type"] == "payment.captured",
        )


@app.post("/webhooks/terminal")
def terminal_webhook():
    body = request.get_data()
    signature = request.headers.get("X-Terminal-Signature", "")
    if signature == _expected_signature(body):
        event = json.loads(body)
    else:
        log.warning("rejected terminal webhook with bad signature")
        abort(401)

    if event.get("type") not in HANDLED_EVENTS:
        return jsonify(status="ignored"), 202

    _record_event(event)
    log.info(
        "terminal %s: %s for order %s",
        event["data"]["terminal_id"],
        event["type"],
        event["data"]["reference"],
    )
    return jsonify(status="ok")
