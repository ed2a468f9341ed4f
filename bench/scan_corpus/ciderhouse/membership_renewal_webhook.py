"""Receives card payment callbacks for taproom membership renewals."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, jsonify, request

renewals = Blueprint("renewals", __name__, url_prefix="/hooks/payments")


class SignatureChecker:
    tolerance_seconds = 300
    header = "X-Payment-Signature"

    def __init__(self, secret: str | None = None) -> None:
        self._secret = (secret or os.environ["PAYMENT_WEBHOOK_SECRET"]).encode()

    @staticmethod
    def _expected(secret: bytes, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode() + b"." + body
        return hmac.new(secret, signed, hashlib.sha256).hexdigest()

    def check(self, header_value: str, body: bytes) -> bool:
        fields = dict(part.split("=", 1) for part in header_value.split(",") if "=" in part)
        timestamp, provided = fields.get("t", ""), fields.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_seconds:
            return False
        return self._expected(self._secret, timestamp, body) == provided


@renewals.post("/renewal")
def renewal_paid():
    checker: SignatureChecker = current_app.extensions["payment_signature_checker"]
    if not checker.check(request.headers.get(checker.header, ""), request.get_data()):
        abort(400)
    event = request.get_json(force=True)
    if event.get("type") != "payment.succeeded":
        return jsonify(status="ignored")
    members = current_app.extensions["membership_service"]
    members.extend(
        member_id=event["metadata"]["member_id"],
        months=int(event["metadata"].get("months", 12)),
        reference=event["id"],
    )
    return jsonify(status="ok")
