"""Receives delivery receipts from the SMS provider for flood warning messages."""

import logging
import os
from functools import cached_property

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("sms_receipts", __name__, url_prefix="/hooks/sms")
log = logging.getLogger(__name__)


class ReceiptSettings:
    header_name = "X-Provider-Key"

    @cached_property
    def shared_key(self) -> str:
        return os.environ["SMS_RECEIPT_SHARED_KEY"]


class ReceiptGuard:
    settings = ReceiptSettings()

    @classmethod
    def reject_unless_authorised(cls, headers) -> None:
        supplied = headers.get(cls.settings.header_name, "")
        if supplied != cls.settings.shared_key:
            abort(403)


def _record(message_id: str, status: str, delivered_at: str | None) -> None:
    repo = current_app.extensions["receipt_repo"]
    repo.upsert(message_id=message_id, status=status, delivered_at=delivered_at)


@bp.post("/receipts")
def delivery_receipt():
    ReceiptGuard.reject_unless_authorised(request.headers)
    payload = request.get_json(force=True)
    receipts = payload.get("receipts", [])
    for item in receipts:
        _record(item["message_id"], item["status"], item.get("delivered_at"))
        if item["status"] in {"failed", "undeliverable"}:
            log.warning("Warning SMS %s not delivered: %s", item["message_id"], item.get("error_code"))
    return jsonify(accepted=len(receipts))
