"""Verifies and applies delivery-status callbacks from the courier that carries our oysters."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

from .orders import mark_delivery

bp = Blueprint("courier_callbacks", __name__)
log = logging.getLogger("oysterfarm.courier")

MAX_SKEW_SECONDS = 300


class CallbackVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "CallbackVerifier":
        return cls(os.environ["COURIER_CALLBACK_SECRET"].encode("utf-8"))

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def is_valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), signature)


@bp.post("/callbacks/courier")
def courier_callback():
    body = request.get_data(cache=False)
    verifier = CallbackVerifier.from_env()
    if not verifier.is_valid(
        request.headers.get("X-Courier-Timestamp", ""),
        body,
        request.headers.get("X-Courier-Signature", ""),
    ):
        log.warning("courier callback with bad signature from %s", request.remote_addr)
        abort(401)
    event = request.get_json(force=True)
    status = event.get("status")
    if status not in {"picked_up", "in_transit", "delivered", "failed"}:
        abort(400, "unknown status")
    mark_delivery(
        order_id=event["reference"],
        status=status,
        temperature_c=event.get("cooler_temp_c"),
        at=event.get("occurred_at"),
    )
    return jsonify({"ok": True})
