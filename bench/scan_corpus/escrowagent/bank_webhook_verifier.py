"""Verifies and applies deposit notifications pushed by the escrow client-account bank."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

app = Flask(__name__)
engine = create_engine(os.environ["ESCROW_DATABASE_URL"], pool_pre_ping=True)
MAX_SKEW_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()

    def is_valid(self, timestamp: str, body: bytes, presented: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), presented)


verifier = SignatureVerifier(os.environ["BANK_WEBHOOK_SECRET"].encode("utf-8"))


@app.post("/webhooks/bank/deposits")
def deposit_received():
    timestamp = request.headers.get("X-Bank-Timestamp", "")
    presented = request.headers.get("X-Bank-Signature", "")
    if not verifier.is_valid(timestamp, request.get_data(), presented):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") != "deposit.received":
        return jsonify({"ignored": True})

    deposit = event["data"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO deposits (bank_reference, deal_id, amount, currency, payer_name, received_at) "
                "VALUES (:ref, :deal, :amount, :cur, :payer, :at) ON CONFLICT (bank_reference) DO NOTHING"
            ),
            {
                "ref": deposit["reference"],
                "deal": deposit["deal_reference"],
                "amount": deposit["amount"],
                "cur": deposit["currency"],
                "payer": deposit.get("payer_name"),
                "at": deposit["booked_at"],
            },
        )
    log.info("deposit %s recorded for deal %s", deposit["reference"], deposit["deal_reference"])
    return jsonify({"received": True})
