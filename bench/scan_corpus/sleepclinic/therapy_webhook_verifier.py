"""Signature verification for the CPAP cloud's therapy webhooks.

Each webhook carries ``X-Therapy-Timestamp`` and ``X-Therapy-Signature``
headers. The signature is HMAC-SHA256 over ``"{timestamp}.{raw body}"`` with
the shared secret; requests older than five minutes are refused to limit
replay.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request

from .therapy import ingest_night

bp = Blueprint("therapy_webhook", __name__)

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class WebhookVerifier:
    secret: bytes
    tolerance: int = TOLERANCE_SECONDS

    @classmethod
    def from_env(cls) -> "WebhookVerifier":
        return cls(secret=os.environ["CPAP_WEBHOOK_SECRET"].encode("utf-8"))

    def _sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, signature: str, body: bytes) -> bool:
        try:
            sent_at = int(timestamp)
        except ValueError:
            return False
        if abs(time.time() - sent_at) > self.tolerance:
            return False
        expected = self._sign(timestamp, body)
        return hmac.compare_digest(expected, signature.removeprefix("sha256="))


_verifier: WebhookVerifier | None = None


def verifier() -> WebhookVerifier:
    global _verifier
    if _verifier is None:
        _verifier = WebhookVerifier.from_env()
    return _verifier


@bp.post("/hooks/therapy")
def therapy_webhook():
    body = request.get_data(cache=False)
    ok = verifier().verify(
        request.headers.get("X-Therapy-Timestamp", ""),
        request.headers.get("X-Therapy-Signature", ""),
        body,
    )
    if not ok:
        abort(401)
    payload = request.get_json(force=True, silent=True) or {}
    if "device_serial" not in payload:
        abort(400)
    return jsonify({"stored": ingest_night(payload)}), 202
