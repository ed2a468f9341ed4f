"""Receives stock-allocation webhooks from distributor warehouse systems."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("allocation_hooks", __name__, url_prefix="/hooks/allocations")

MAX_SKEW_SECONDS = 300
EVENT_TYPES = {"allocation.created", "allocation.released"}


class WebhookAuthenticator:
    def __init__(self, secrets_by_distributor: dict[str, bytes]) -> None:
        self._secrets = secrets_by_distributor

    @classmethod
    def from_env(cls) -> "WebhookAuthenticator":
        raw = json.loads(os.environ["ALLOCATION_WEBHOOK_SECRETS"])
        return cls({k: v.encode("utf-8") for k, v in raw.items()})

    def verify(self, distributor: str, timestamp: str, body: bytes, signature: str) -> bool:
        secret = self._secrets.get(distributor)
        if secret is None or not timestamp.isdigit():
            return False
        if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        signed = timestamp.encode("ascii") + b"." + body
        expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature.strip().lower())


_auth = None


def authenticator() -> WebhookAuthenticator:
    global _auth
    if _auth is None:
        _auth = WebhookAuthenticator.from_env()
    return _auth


@bp.post("/<distributor>")
def receive(distributor: str):
    body = request.get_data()
    ok = authenticator().verify(
        distributor,
        request.headers.get("X-Timestamp", ""),
        body,
        request.headers.get("X-Signature", ""),
    )
    if not ok:
        abort(401)
    event = json.loads(body)
    if event.get("type") == "allocation.released":
        log.info("distributor %s released allocation %s", distributor, event.get("id"))
    elif event.get("type") not in EVENT_TYPES:
        abort(400)
    from .allocations import apply_event

    apply_event(distributor, event)
    return jsonify({"ok": True})
