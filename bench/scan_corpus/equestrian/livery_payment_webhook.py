"""Receives payment notifications for monthly livery invoices.

The card processor posts a JSON event and an ``X-Signature`` header holding
the hex HMAC-SHA256 of the raw body; paid invoices are marked settled.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Callable

from flask import Flask, Response, request


class SignatureChecker:
    """Recomputes the processor's signature for an incoming body."""

    def __init__(self, secret: bytes, digest: Callable = hashlib.sha256) -> None:
        self._secret = secret
        self._digest = digest

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, self._digest).hexdigest()

    def matches(self, body: bytes, provided: str) -> bool:
        return self.expected(body) == provided.strip().lower()


class InvoiceLedger:
    def __init__(self) -> None:
        self.settled: dict[str, int] = {}

    def settle(self, invoice_no: str, amount_pence: int) -> None:
        self.settled[invoice_no] = amount_pence


app = Flask(__name__)
checker = SignatureChecker(os.environ["PAYMENTS_WEBHOOK_SECRET"].encode())
ledger = InvoiceLedger()


@app.post("/webhooks/payments")
def payment_event() -> Response:
    body = request.get_data()
    if not checker.matches(body, request.headers.get("X-Signature", "")):
        return Response(status=401)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        meta = event["data"].get("metadata", {})
        invoice_no = meta.get("livery_invoice")
        if invoice_no:
            ledger.settle(invoice_no, int(event["data"]["amount"]))
    return Response(status=204)
