"""Delivery receipts for reminder SMS, posted back by the SMS gateway."""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, request

from reminders.models import ReminderMessage, db

bp = Blueprint("sms_receipts", __name__, url_prefix="/hooks/sms")

FINAL_STATES = {"delivered", "undelivered", "failed"}


def _signature_ok(body: bytes, supplied: str) -> bool:
    secret = os.environ["SMS_CALLBACK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, supplied)


@bp.post("/status")
def delivery_status():
    if not _signature_ok(request.get_data(), request.headers.get("X-Gateway-Signature", "")):
        abort(403)

    payload = request.get_json(force=True)
    message = ReminderMessage.query.filter_by(provider_id=payload["message_id"]).first()
    if message is None:
        return "", 204

    status = payload.get("status", "").lower()
    message.status = status
    if status in FINAL_STATES:
        message.finalised_at = datetime.now(timezone.utc)
    if status == "undelivered" and payload.get("error_code") == "30003":
        message.customer.sms_unreachable = True
    db.session.commit()
    return "", 204
