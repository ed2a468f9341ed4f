"""Receives top-up and refund notifications from the cashless wristband provider."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from decimal import Decimal

from flask import Flask, abort, jsonify, request

from .ledger import WristbandLedger

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["WRISTBAND_WEBHOOK_SECRET"].encode("utf-8")
SIGNATURE_HEADER = "X-Cashless-Signature"

ledger = WristbandLedger.from_env()


def expected_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


@app.post("/webhooks/cashless")
def cashless_webhook():
    timestamp = request.headers.get("X-Cashless-Timestamp", "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    body = request.get_data()
    if not timestamp or not signature:
        abort(400)
    if signature != expected_signature(body, timestamp):
        log.warning("rejected cashless webhook with bad signature")
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    uid = event["wristband_uid"]
    amount = Decimal(str(event["amount"]))

    if kind == "topup.completed":
        ledger.credit(uid, amount, reference=event["id"])
    elif kind == "refund.completed":
        ledger.debit(uid, amount, reference=event["id"])
    else:
        log.info("ignoring cashless event type %s", kind)
        return jsonify({"ignored": True})

    log.info("applied %s for wristband %s (%s)", kind, uid, amount)
    return jsonify({"ok": True})
