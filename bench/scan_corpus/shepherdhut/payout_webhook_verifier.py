"""Verifies and applies settlement webhooks from the payment provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
log = logging.getLogger("shepherdhut.payout_webhook")

TOLERANCE_SECONDS = 300
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()

    def verify(self, header: str, body: bytes, now: float | None = None) -> bool:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        timestamp, signature = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit() or not signature:
            return False
        if abs((now or time.time()) - int(timestamp)) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(signature, self.expected(timestamp, body))


verifier = SignatureVerifier(os.environ["PAYOUT_WEBHOOK_SECRET"].encode("utf-8"))


@app.post("/webhooks/payouts")
def payout_webhook():
    body = request.get_data()
    if not verifier.verify(request.headers.get("X-Payout-Signature", ""), body):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "payout.paid":
        return {"ignored": event.get("type")}, 200
    payout = event["data"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE owner_payouts SET status = 'paid', paid_at = now(), provider_ref = :ref "
                "WHERE id = :id AND status = 'pending'"
            ),
            {"ref": payout["id"], "id": int(payout["metadata"]["payout_id"])},
        )
    log.info("payout %s marked paid", payout["metadata"]["payout_id"])
    return {"ok": True}, 200
