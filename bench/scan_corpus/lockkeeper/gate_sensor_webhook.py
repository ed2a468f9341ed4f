"""Webhook for paddle and gate sensor events from the lock telemetry gateway.

Bodies are signed with HMAC-SHA256; the signature header carries a timestamp
so that replays older than five minutes are refused.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("sensor_hooks", __name__)
log = logging.getLogger("sensor_hooks")

MAX_SKEW_SECONDS = 300


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "SignatureChecker":
        return cls(os.environ["SENSOR_WEBHOOK_SECRET"].encode("utf-8"))

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def valid(self, header: str, body: bytes) -> bool:
        try:
            parts = dict(item.split("=", 1) for item in header.split(","))
            timestamp, signature = parts["t"], parts["v1"]
            sent_at = int(timestamp)
        except (KeyError, ValueError):
            return False
        if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), signature)


checker = SignatureChecker.from_env()


@bp.post("/hooks/sensors")
def sensor_event():
    body = request.get_data()
    if not checker.valid(request.headers.get("X-Signature", ""), body):
        log.warning("unsigned or stale sensor event from %s", request.remote_addr)
        abort(401)
    event = request.get_json(force=True, silent=True) or {}
    kind = event.get("kind")
    if kind not in {"gate", "paddle", "level"}:
        abort(400)
    from telemetry.events import enqueue

    enqueue(kind=kind, payload=event)
    return jsonify(accepted=True), 202
