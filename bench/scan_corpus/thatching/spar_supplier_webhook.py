"""Webhook endpoint for the hazel spar and liggers coppice supplier.

The coppice workers' cooperative notifies us when a batch of split hazel spars
is ready for collection. Requests are signed: X-Coppice-Timestamp plus an
HMAC-SHA256 of "<timestamp>.<body>" in X-Coppice-Signature (hex).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

log = logging.getLogger("purchasing.spars")
app = Flask(__name__)
engine = create_engine(os.environ["STOCK_DATABASE_URL"], pool_pre_ping=True)
MAX_SKEW_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), signature)


verifier = SignatureVerifier(os.environ["COPPICE_WEBHOOK_SECRET"].encode())


@app.post("/webhooks/coppice")
def coppice_event():
    body = request.get_data()
    if not verifier.valid(request.headers.get("X-Coppice-Timestamp", ""), body,
                          request.headers.get("X-Coppice-Signature", "")):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "batch.ready":
        return "", 204
    batch = event["batch"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO spar_batches (batch_ref, spars, liggers, collect_from, ready_on) "
                "VALUES (:ref, :spars, :liggers, :site, :ready) ON CONFLICT (batch_ref) DO NOTHING"
            ),
            {
                "ref": batch["ref"],
                "spars": int(batch.get("spars", 0)),
                "liggers": int(batch.get("liggers", 0)),
                "site": batch.get("collection_site", ""),
                "ready": batch.get("ready_on"),
            },
        )
    log.info("spar batch %s ready for collection", batch["ref"])
    return "", 204
