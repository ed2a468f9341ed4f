"""Receives fill-status webhooks from winery cellar systems for barrels on loan."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Dict

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("winery_hooks", __name__, url_prefix="/hooks/winery")


class SignedDelivery:
    """Wraps one webhook delivery and knows how the partner signs it."""

    header_name = "X-Cellar-Signature"

    def __init__(self, body: bytes, headers: Dict[str, str], secret: bytes) -> None:
        self.body = body
        self.headers = headers
        self._secret = secret

    @property
    def provided_signature(self) -> str:
        value = self.headers.get(self.header_name, "")
        return value.split("=", 1)[-1].strip()

    @property
    def expected_signature(self) -> str:
        return hmac.new(self._secret, self.body, hashlib.sha256).hexdigest()

    def is_authentic(self) -> bool:
        return self.provided_signature == self.expected_signature


def _partner_secret(partner: str) -> bytes:
    key = f"CELLAR_HOOK_SECRET_{partner.upper()}"
    value = os.environ.get(key)
    if value is None:
        abort(404)
    return value.encode()


@bp.post("/<partner>")
def receive(partner: str):
    delivery = SignedDelivery(request.get_data(), dict(request.headers), _partner_secret(partner))
    if not delivery.is_authentic():
        abort(401)
    event = json.loads(delivery.body)
    current_app.logger.info(
        "barrel %s at %s reported %s", event.get("barrel"), partner, event.get("status")
    )
    return jsonify({"accepted": True})
