"""Receives payment notifications for membership renewals.

The card processor posts a JSON event signed with HMAC-SHA256 over the raw
body; the shared secret is configured in the environment.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("payments", __name__, url_prefix="/webhooks")
log = logging.getLogger(__name__)


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes, timestamp: str) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, timestamp: str, received: str) -> bool:
        return self.expected(body, timestamp) == received.strip().lower()


def _checker() -> SignatureChecker:
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")
    return SignatureChecker(secret)


@bp.post("/payments")
def payment_event():
    body = request.get_data()
    timestamp = request.headers.get("X-Signature-Timestamp", "")
    signature = request.headers.get("X-Signature", "")
    if not timestamp or not signature:
        abort(400)
    if not _checker().matches(body, timestamp, signature):
        log.warning("rejected payment webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return jsonify(status="ignored")

    reference = event["data"]["reference"]
    db = current_app.extensions["club_db"]
    with db.begin() as conn:
        conn.execute(
            "UPDATE memberships SET paid = TRUE, paid_at = now() WHERE invoice_ref = %s",
            (reference,),
        )
    log.info("membership invoice %s marked paid", reference)
    return jsonify(status="ok")
