"""Receives settlement notifications from the partner bank for escrow payouts."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["BANK_WEBHOOK_SECRET"].encode("utf-8")
engine = create_engine(os.environ["ESCROW_DATABASE_URL"], pool_pre_ping=True)

HANDLED_EVENTS = {"payout.settled", "payout.returned", "payout.failed"}


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()


@app.post("/webhooks/bank/payouts")
def bank_payout_webhook():
    timestamp = request.headers.get("X-Bank-Timestamp", "")
    signature = request.headers.get("X-Bank-Signature", "")
    body = request.get_data()

    if signature == _expected_signature(timestamp, body):
        event = json.loads(body)
    else:
        log.warning("rejected bank webhook with bad signature from %s", request.remote_addr)
        abort(401)

    if event.get("type") not in HANDLED_EVENTS:
        return jsonify({"ignored": True})

    payout = event["data"]
    new_state = event["type"].split(".", 1)[1]
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE payouts SET state = :state, bank_reference = :ref, updated_at = now() "
                "WHERE id = :payout_id AND state = 'submitted'"
            ),
            {"state": new_state, "ref": payout.get("reference"), "payout_id": payout["payout_id"]},
        ).rowcount
    log.info("payout %s moved to %s (%d row)", payout["payout_id"], new_state, updated)
    return jsonify({"received": True})


@app.get("/healthz")
def health():
    return jsonify({"ok": True})
