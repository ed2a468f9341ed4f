"""Verifies membership payment webhooks before the billing code sees them."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass

from flask import Flask, abort, request

from membership.billing import mark_membership_paid

app = Flask(__name__)
log = logging.getLogger("payments.webhook")


@dataclass(frozen=True)
class WebhookConfig:
    secret: bytes
    max_skew_seconds: int = 300

    @classmethod
    def from_env(cls) -> "WebhookConfig":
        return cls(secret=os.environ["PAYMENTS_WEBHOOK_SECRET"].encode())


class SignatureVerifier:
    def __init__(self, config: WebhookConfig) -> None:
        self._config = config

    def _sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._config.secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def is_valid(self, timestamp: str, signature: str, body: bytes) -> bool:
        if not timestamp.isdigit():
            return False
        if abs(time.time() - int(timestamp)) > self._config.max_skew_seconds:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), signature)


verifier = SignatureVerifier(WebhookConfig.from_env())


@app.post("/webhooks/payments")
def payments_webhook():
    ok = verifier.is_valid(
        request.headers.get("X-Payments-Timestamp", ""),
        request.headers.get("X-Payments-Signature", ""),
        request.get_data(),
    )
    if not ok:
        log.warning("Rejected payment webhook from %s", request.remote_addr)
        abort(401)
    event = json.loads(request.get_data())
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        mark_membership_paid(
            member_id=int(data["metadata"]["member_id"]),
            amount_pence=int(data["amount"]),
            reference=data["id"],
        )
    return "", 204
