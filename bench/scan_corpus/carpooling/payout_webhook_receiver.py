"""Receives settlement webhooks from the payout provider for driver cost-sharing payouts."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from carpool.payouts import PayoutLedger

app = Flask(__name__)
log = logging.getLogger("payouts.webhook")

WEBHOOK_SECRET = os.environ["PAYOUT_WEBHOOK_SECRET"].encode("utf-8")
MAX_SKEW_SECONDS = 300
HANDLED_EVENTS = {"payout.paid", "payout.failed", "payout.reversed"}

ledger = PayoutLedger.from_env()


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payouts")
def payout_webhook():
    timestamp = request.headers.get("X-Payout-Timestamp", "")
    signature = request.headers.get("X-Payout-Signature", "")
    body = request.get_data()

    if not timestamp.isdigit() or not signature:
        abort(400)
    if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    if signature == _expected_signature(timestamp, body):
        event = json.loads(body)
    else:
        log.warning("rejected payout webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        return jsonify({"status": "ignored"}), 200

    payout = event["data"]
    if event_type == "payout.paid":
        ledger.mark_paid(payout["reference"], payout["amount"], payout["currency"])
    elif event_type == "payout.failed":
        ledger.mark_failed(payout["reference"], payout.get("failure_code"))
    else:
        ledger.mark_reversed(payout["reference"])

    log.info("processed %s for payout %s", event_type, payout["reference"])
    return jsonify({"status": "ok"}), 200
