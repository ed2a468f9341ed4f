"""Webhook endpoint for the card terminal provider used at the pro-shop till."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("terminal_webhooks", __name__, url_prefix="/webhooks/terminal")


@dataclass(frozen=True)
class WebhookSecrets:
    signing_key: bytes

    @classmethod
    def load(cls) -> "WebhookSecrets":
        return cls(signing_key=os.environ["TERMINAL_WEBHOOK_KEY"].encode())


class TerminalSignature:
    header = "X-Terminal-Signature"

    def __init__(self, secrets: WebhookSecrets) -> None:
        self._key = secrets.signing_key

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        return self.expected(timestamp, body) == presented.strip().lower()


def record_sale(event: dict) -> None:
    log.info("Terminal sale %s for %s pence at till %s", event["id"], event["amount"], event["till"])


def record_refund(event: dict) -> None:
    log.info("Terminal refund %s for %s pence", event["id"], event["amount"])


HANDLERS = {"sale.completed": record_sale, "refund.completed": record_refund}


@bp.post("/")
def receive():
    checker = TerminalSignature(WebhookSecrets.load())
    body = request.get_data()
    timestamp = request.headers.get("X-Terminal-Timestamp", "")
    if not checker.matches(timestamp, body, request.headers.get(checker.header, "")):
        abort(401)
    event = json.loads(body)
    handler = HANDLERS.get(event.get("type"))
    if handler is None:
        return jsonify(status="ignored"), 202
    handler(event["data"])
    return jsonify(status="ok"), 200
