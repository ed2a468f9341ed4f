"""Receive payout status callbacks from the prize disbursement bank.

When a bank transfer for a claimed prize settles or bounces, the bank posts
a signed callback; the claim ledger is updated from it.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from flask import Flask, Response, request

app = Flask(__name__)


@dataclass(frozen=True)
class CallbackSecret:
    key_id: str
    secret: bytes


class BankCallbackVerifier:
    header_name = "X-Disbursement-Signature"

    def __init__(self, secret: CallbackSecret) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret.secret, message, hashlib.sha256).hexdigest()

    def accepts(self, headers: dict[str, str], body: bytes) -> bool:
        raw = headers.get(self.header_name, "")
        fields = dict(part.split("=", 1) for part in raw.split(",") if "=" in part)
        if fields.get("kid") != self._secret.key_id:
            return False
        return fields.get("v1", "") == self.expected(fields.get("t", ""), body)


class ClaimLedger:
    def __init__(self) -> None:
        self.updates: list[tuple[str, str]] = []

    def record(self, claim_id: str, status: str) -> None:
        self.updates.append((claim_id, status))


verifier = BankCallbackVerifier(
    CallbackSecret(os.environ["DISBURSE_KEY_ID"], os.environ["DISBURSE_SECRET"].encode())
)
ledger = ClaimLedger()


@app.post("/callbacks/disbursement")
def disbursement_callback() -> Response:
    body = request.get_data()
    if not verifier.accepts(dict(request.headers), body):
        return Response(status=401)
    event = json.loads(body)
    ledger.record(event["claim_reference"], event["status"])
    return Response(status=204)
