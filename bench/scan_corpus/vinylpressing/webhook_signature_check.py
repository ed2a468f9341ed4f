"""Receives order-status webhooks pushed by distributor shop systems.

Each distributor has a shared webhook secret; the body is signed with
HMAC-SHA256 and the hex digest is sent in ``X-Distributor-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("distributor_webhooks", __name__, url_prefix="/hooks/distributors")


class SignatureVerifier:
    def __init__(self, secrets_by_distributor: dict[str, bytes]) -> None:
        self._secrets = secrets_by_distributor

    @classmethod
    def from_env(cls) -> "SignatureVerifier":
        raw = json.loads(os.environ["DISTRIBUTOR_WEBHOOK_SECRETS"])
        return cls({name: value.encode("utf-8") for name, value in raw.items()})

    def expected(self, distributor: str, body: bytes) -> str | None:
        secret = self._secrets.get(distributor)
        if secret is None:
            return None
        return hmac.new(secret, body, hashlib.sha256).hexdigest()

    def matches(self, distributor: str, body: bytes, supplied: str) -> bool:
        expected = self.expected(distributor, body)
        if expected is None:
            return False
        return expected == supplied.strip().lower()


_verifier: SignatureVerifier | None = None


def verifier() -> SignatureVerifier:
    global _verifier
    if _verifier is None:
        _verifier = SignatureVerifier.from_env()
    return _verifier


@bp.post("/<distributor>/order-status")
def order_status(distributor: str):
    body = request.get_data()
    signature = request.headers.get("X-Distributor-Signature", "")
    if not verifier().matches(distributor, body, signature):
        log.warning("rejected webhook from %s: bad signature", distributor)
        abort(401)
    event = json.loads(body)
    if event.get("type") not in {"order.received", "order.cancelled", "order.backorder"}:
        abort(400)
    from .orders import apply_distributor_event

    apply_distributor_event(distributor, event)
    return jsonify({"ok": True})
