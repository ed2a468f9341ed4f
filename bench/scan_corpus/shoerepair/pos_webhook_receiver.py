"""Receives settlement webhooks from the POS provider and marks repair tickets as paid."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from flask import Flask, abort, request


@dataclass(frozen=True)
class WebhookSecret:
    value: bytes

    @classmethod
    def from_env(cls) -> "WebhookSecret":
        return cls(os.environ["POS_WEBHOOK_SECRET"].encode())


class SignatureChecker:
    header = "X-POS-Signature"

    def __init__(self, secret: WebhookSecret) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret.value, body, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, presented: str) -> bool:
        return self.expected(body) == presented.strip().lower()


class TicketLedger:
    def __init__(self) -> None:
        self.paid: dict[str, int] = {}

    def settle(self, ticket_no: str, amount_pence: int) -> None:
        self.paid[ticket_no] = amount_pence


def create_app(checker: SignatureChecker, ledger: TicketLedger) -> Flask:
    app = Flask(__name__)

    @app.post("/hooks/pos/settlement")
    def settlement():
        body = request.get_data()
        if not checker.matches(body, request.headers.get(checker.header, "")):
            abort(401)
        event = json.loads(body)
        for item in event.get("items", []):
            ledger.settle(item["reference"], int(item["amount"]))
        return {"received": len(event.get("items", []))}

    return app


if __name__ == "__main__":
    create_app(SignatureChecker(WebhookSecret.from_env()), TicketLedger()).run(port=8081)
