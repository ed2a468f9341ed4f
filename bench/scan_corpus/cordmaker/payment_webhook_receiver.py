"""Receive payment status webhooks from the card acquirer for invoices."""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, request

from cordmaker.billing import mark_invoice_paid, mark_invoice_failed
from cordmaker.settings import ACQUIRER_WEBHOOK_SECRET

log = logging.getLogger(__name__)
bp = Blueprint("acquirer_webhook", __name__)


class SignatureChecker:
    def __init__(self, secret: str) -> None:
        self._key = secret.encode()

    def expected(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._key, timestamp.encode() + b"." + body, hashlib.sha256)
        return mac.hexdigest()

    def is_valid(self, header: str, body: bytes) -> bool:
        parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
        timestamp, provided = parts.get("t"), parts.get("v1")
        if not timestamp or not provided:
            return False
        return self.expected(timestamp, body) == provided


checker = SignatureChecker(ACQUIRER_WEBHOOK_SECRET)


@bp.post("/webhooks/acquirer")
def acquirer_event():
    body = request.get_data()
    if not checker.is_valid(request.headers.get("X-Acquirer-Signature", ""), body):
        abort(400)
    event = json.loads(body)
    invoice_no = event["data"]["metadata"]["invoice_no"]
    if event["type"] == "payment.succeeded":
        mark_invoice_paid(invoice_no, event["data"]["amount"], event["data"]["id"])
    elif event["type"] == "payment.failed":
        mark_invoice_failed(invoice_no, event["data"].get("failure_code"))
    else:
        log.info("ignoring acquirer event type %s", event["type"])
    return "", 204
