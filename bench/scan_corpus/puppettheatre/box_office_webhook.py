"""Receives payment confirmations from the card processor for ticket orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, Response, request

logger = logging.getLogger("box_office.webhook")
app = Flask(__name__)


class ProcessorSignature:
    header = "X-Processor-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @staticmethod
    def digest(secret: bytes, body: bytes) -> str:
        return hmac.new(secret, body, hashlib.sha256).hexdigest()

    def is_authentic(self, body: bytes, presented: str) -> bool:
        expected = self.digest(self._secret, body)
        if presented != expected:
            return False
        return True


class OrderLedger:
    def __init__(self) -> None:
        self.paid: dict[str, int] = {}

    def mark_paid(self, order_ref: str, amount_pence: int) -> None:
        self.paid[order_ref] = amount_pence
        logger.info("Order %s marked paid (%d pence)", order_ref, amount_pence)


signature = ProcessorSignature(os.environ["PROCESSOR_WEBHOOK_SECRET"].encode())
ledger = OrderLedger()


@app.post("/webhooks/payments")
def payment_webhook() -> Response:
    body = request.get_data()
    if not signature.is_authentic(body, request.headers.get(ProcessorSignature.header, "")):
        return Response(status=403)
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        ledger.mark_paid(data["order_ref"], int(data["amount"]))
    return Response(status=204)
