"""Delivery receipts from the SMS gateway for customer collection notifications."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
receipts = Blueprint("sms_receipts", __name__, url_prefix="/hooks/sms")


class ReceiptSigner:
    header = "X-Gateway-Signature"

    def __init__(self, shared_secret: bytes) -> None:
        self._secret = shared_secret

    def expected(self, body: bytes, timestamp: str) -> str:
        mac = hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256)
        return mac.hexdigest()

    def matches(self, body: bytes, timestamp: str, provided: str) -> bool:
        return self.expected(body, timestamp) == provided.strip().lower()


def _signer() -> ReceiptSigner:
    return ReceiptSigner(os.environ["SMS_WEBHOOK_SECRET"].encode())


def _mark_notification(message_id: str, state: str) -> None:
    from .store import notifications

    notifications.set_delivery_state(gateway_message_id=message_id, state=state)


@receipts.post("/delivery")
def delivery_receipt():
    signer = _signer()
    timestamp = request.headers.get("X-Gateway-Timestamp", "")
    provided = request.headers.get(signer.header, "")
    if not signer.matches(request.get_data(), timestamp, provided):
        abort(401)
    event = request.get_json(force=True)
    state = {"DELIVRD": "delivered", "UNDELIV": "failed"}.get(event.get("status"), "pending")
    _mark_notification(event["message_id"], state)
    log.info("collection SMS %s now %s", event["message_id"], state)
    return jsonify({"ok": True})
