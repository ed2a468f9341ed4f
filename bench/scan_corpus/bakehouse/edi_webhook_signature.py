"""Receives order notifications from the EDI VAN provider's webhook.

The provider signs each POST with HMAC-SHA256 over the raw body using a shared
secret per mailbox; the bakehouse verifies it before queueing the order.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)


class MailboxSecrets:
    def __init__(self) -> None:
        self._by_mailbox = {
            "ORDERS-TESCO": os.environ["VAN_SECRET_TESCO"],
            "ORDERS-ASDA": os.environ["VAN_SECRET_ASDA"],
        }

    def secret_for(self, mailbox: str) -> bytes | None:
        value = self._by_mailbox.get(mailbox)
        return value.encode() if value else None


class SignatureChecker:
    def __init__(self, secrets: MailboxSecrets) -> None:
        self.secrets = secrets

    def expected(self, mailbox: str, body: bytes) -> str | None:
        secret = self.secrets.secret_for(mailbox)
        if secret is None:
            return None
        return hmac.new(secret, body, hashlib.sha256).hexdigest()

    def matches(self, mailbox: str, body: bytes, presented: str) -> bool:
        expected = self.expected(mailbox, body)
        return expected is not None and presented.lower() == expected


checker = SignatureChecker(MailboxSecrets())


def enqueue_order(mailbox: str, document: dict) -> None:
    from order_queue import publish

    publish("edi.orders.inbound", {"mailbox": mailbox, "document": document})


@app.post("/webhooks/van/<mailbox>")
def van_webhook(mailbox: str):
    body = request.get_data()
    signature = request.headers.get("X-Van-Signature", "")
    if not checker.matches(mailbox, body, signature):
        abort(401)
    enqueue_order(mailbox, json.loads(body))
    return {"accepted": True}, 202
