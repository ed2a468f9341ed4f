"""Inbound status callbacks from reseller partners (order shipped, SIM delivered)."""
from __future__ import annotations

import hashlib
import hmac
import time

from flask import Blueprint, abort, jsonify, request

from partner_api.repositories import partner_repository
from partner_api.orders import apply_partner_status

bp = Blueprint("partner_callbacks", __name__, url_prefix="/partners/callbacks")

MAX_SKEW_SECONDS = 300


class CallbackAuthenticator:
    def __init__(self, repository) -> None:
        self._repo = repository

    def authenticate(self, partner_id: str, timestamp: str, body: bytes, signature: str) -> bool:
        partner = self._repo.get(partner_id)
        if partner is None or not timestamp.isdigit():
            return False
        if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        message = timestamp.encode() + b"." + body
        expected = hmac.new(partner.callback_secret.encode(), message, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)


authenticator = CallbackAuthenticator(partner_repository)


@bp.post("/<partner_id>/status")
def partner_status(partner_id: str):
    ok = authenticator.authenticate(
        partner_id,
        request.headers.get("X-Partner-Timestamp", ""),
        request.get_data(),
        request.headers.get("X-Partner-Signature", ""),
    )
    if not ok:
        abort(401)
    event = request.get_json(force=True)
    if event.get("type") == "order.delivered":
        apply_partner_status(partner_id, event["orderId"], "DELIVERED")
    return jsonify({"ok": True})
